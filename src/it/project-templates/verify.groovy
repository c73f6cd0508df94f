def log = new File(basedir, 'build.log').text
def expected = [
    // the project's functional template has Behaviour but no Data Model: only Behaviour is missing
    '[ERROR] specs/functional/reminder.md:15:1: error: required section "## Behaviour" is missing; add it after "## References"; if it does not apply, keep the heading and state "Not applicable: <reason>" [section-missing]',
    // the sixth layer is linted by its own template, its phrases are placeholders
    '[ERROR] specs/security/loan-audit.md:17:28: error: template guidance "[How it is countered]" stands where content belongs; write the content [placeholder-left]',
    'speclint: 4 specs (1 BUS, 2 FUN, 1 SEC), 3 links, 4 criteria (0 done, 0 failed), 2 errors, 0 warnings in ',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('Data Model') : 'the template has no Data Model, so no spec misses one'
assert !log.contains('Design References') : 'a 3.6 footer picks no built-in profile when the project has templates'
assert log.contains('BUILD SUCCESS')
return true
