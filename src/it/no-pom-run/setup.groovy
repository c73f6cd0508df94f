// A spec tree in a folder with no POM, the way smaqit lays it out: specs/<layer>/.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'specs'))
return true
