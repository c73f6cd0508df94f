def log = new File(basedir, 'build.log').text
assert !log.contains('[table-columns]') : 'quiet logs no line per finding'
assert log.contains('speclint: 3 specs (1 BUS, 1 FUN, 0 STK, 1 INF, 0 COV), 2 links')
assert log.contains('speclint found 6 error(s) and 0 warning(s) in 3 spec(s) (failOn=error); run without speclint.quiet to list each in the log')
assert new File(basedir, 'target/speclint').list() as List == ['cache'] : 'console writes no report file, only the cache'
return true
