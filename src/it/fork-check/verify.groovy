def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG] speclint: checking in a forked JVM') : 'the check ran in a JVM of its own'
def expected = [
    '[ERROR] docs/business/uc1-signup.md:3:9: error: status "done" is not one of draft, implemented, deployed, validated, failed, deprecated [frontmatter-status]',
    '[ERROR] docs/business/uc1-signup.md:57:7: error: criterion id "BUS-SIGNUP-001" is used again (first on line 56); give this criterion the next free number [criterion-duplicate-id]',
    '[ERROR] docs/infrastructure/auth.md:35:3: error: table "Resources" under "Compute Resources" has columns [Service, Type, CPU] but the infrastructure template requires [Service, Type, CPU, Memory, Storage, Purpose] [table-columns]',
    'speclint: 3 specs (1 BUS, 1 FUN, 0 STK, 1 INF, 0 COV), 2 links, 4 criteria (0 done, 0 failed), 6 errors, 0 warnings in ',
    '[INFO] speclint: wrote ',
    'speclint found 6 error(s) and 0 warning(s) in 3 spec(s) (failOn=error); each is listed above with its file and line',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('forked JVM: ') : 'the fork said nothing outside its protocol'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.sarif'))
assert sarif.runs[0].results.size() == 6
assert !log.readLines().any { it.startsWith('\tat ') } : 'a finding must never be a stack trace'
return true
