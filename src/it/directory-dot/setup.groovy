// The clean tree in specs/, and a broken copy of one of its specs wherever discovery must not look: the build folder
// (named out here) and the report folder inside it, a folder named target, node_modules and .git. (That a report folder
// outside the build folder is not read either is a harness test of CheckMojo.)
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
def clean = new File(itSources, 'clean-tree/docs')
copyTree(clean, new File(basedir, 'specs'))
def broken = new File(clean, 'business/uc1-borrow-tool.md').text.replace('## Actors', '## Actors Gone')
['out/business', 'out/speclint/business', 'target/business', 'node_modules/tools/business', '.git/business'].each {
    def folder = new File(basedir, it)
    folder.mkdirs()
    new File(folder, 'decoy.md').text = broken
}
return true
