// The clean tree as a smaqit 3.6 project: a design pair per spec (and a design sequence), real PNGs, correct sums.
evaluate(new File(itSources, 'design-tree.groovy'))(itSources, basedir) { designs, specLinks -> }
return true
