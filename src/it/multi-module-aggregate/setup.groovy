evaluate(new File(itSources, 'multi-module-tree.groovy'))(itSources, basedir, 'shop')
return true
