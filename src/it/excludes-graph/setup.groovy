// The graph-gaps tree: its stack and coverage specs are linted, the others only read for links.
evaluate(new File(itSources, 'graph-gaps/setup.groovy'))
return true
