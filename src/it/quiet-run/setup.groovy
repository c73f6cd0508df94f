// The per-document gaps of the gaps-tree IT.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'gaps-tree/docs'), new File(basedir, 'docs'))
return true
