// The clean tree with one link broken: the site page shows the tree and that gap.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs'))
def stack = new File(basedir, 'docs/stack/web-stack.md')
stack.text = stack.text.replace('(../functional/return-flow.md)', '(../functional/returns.md)')
return true
