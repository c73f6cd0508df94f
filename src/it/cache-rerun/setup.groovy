// The gaps tree, copied so that the cache runs on a tree of its own.
evaluate(new File(itSources, 'copy-tree.groovy'))(new File(itSources, 'gaps-tree/docs'), new File(basedir, 'docs'))
return true
