// The gaps of the gaps-tree IT, checked in a forked JVM.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'gaps-tree/docs'), new File(basedir, 'docs'))
return true
