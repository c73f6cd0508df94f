// The clean tree is shared with the clean-tree IT; here it lands one folder deeper, beside this IT's own spec.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs/specs'))
return true
