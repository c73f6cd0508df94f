evaluate(new File(itSources, 'multi-module-tree.groovy'))(itSources, basedir, 'github-paths')
return true
