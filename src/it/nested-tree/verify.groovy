def log = new File(basedir, 'build.log').text
assert log.contains('speclint: 8 specs (2 BUS, 2 FUN, 2 STK, 1 INF, 1 COV), 14 links, 20 criteria (6 done, 0 failed), 94% mapped to tests, 0 errors, 1 warning in ')
assert log.contains('[WARNING] docs/specs/stack/batch-stack.md:57:1: warning: spec has no footer; end it with "---" and "*Generated with smaqit <version>*" (without it the spec is checked as smaqit 1.0) [footer-missing]')
assert log.contains('BUILD SUCCESS')
return true
