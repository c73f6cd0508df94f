def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] docs/infrastructure/auth.md:35:3: error: table "Resources" under "Compute Resources" has columns [Service, Type, CPU]')
assert log.contains('[INFO] speclint: 6 finding(s) at or above error, within maxAllowedViolations=6')
assert log.contains('BUILD SUCCESS')
return true
