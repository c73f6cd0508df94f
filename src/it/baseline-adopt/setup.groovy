// The per-document gaps of the gaps-tree IT: a tree that fails the build until its findings are accepted.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'gaps-tree/docs'), new File(basedir, 'docs'))
return true
