def log = new File(basedir, 'build.log').text
assert log.contains('speclint found 6 error(s) and 0 warning(s) in 3 spec(s) (failOn=error); 6 finding(s) at or above error exceed maxAllowedViolations=5; each is listed above with its file and line')
return true
