def log = new File(basedir, 'build.log').text
assert log.contains('speclint: unknown rule "table-colums" in the POM\'s <rules> (did you mean table-columns?); the rules are file-unreadable, frontmatter-missing, ')
assert !log.contains('[table-columns]') : 'nothing is linted with a broken configuration'
assert !log.readLines().any { it.startsWith('\tat ') }
return true
