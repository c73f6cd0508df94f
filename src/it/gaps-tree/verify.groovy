def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/business/uc1-signup.md:3:9: error: status "done" is not one of draft, implemented, deployed, validated, failed, deprecated [frontmatter-status]',
    '[ERROR] docs/business/uc1-signup.md:23:45: error: template guidance "[What this actor wants to achieve]" stands where content belongs; write the content [placeholder-left]',
    '[ERROR] docs/business/uc1-signup.md:57:7: error: criterion id "BUS-SIGNUP-001" is used again (first on line 56); give this criterion the next free number [criterion-duplicate-id]',
    '[ERROR] docs/functional/subscription.md:43:1: error: required section "## Data Model" is missing; add it after "## User Flow"; if it does not apply, keep the heading and state "Not applicable: <reason>" [section-missing]',
    '[ERROR] docs/functional/subscription.md:69:7: error: criterion id "FUN-SUBSCRIPTION-01" should be FUN-SUBSCRIPTION-NNN with a three-digit number [criterion-id]',
    '[ERROR] docs/infrastructure/auth.md:35:3: error: table "Resources" under "Compute Resources" has columns [Service, Type, CPU] but the infrastructure template requires [Service, Type, CPU, Memory, Storage, Purpose] [table-columns]',
    'speclint: 3 specs (1 BUS, 1 FUN, 0 STK, 1 INF, 0 COV), 2 links, 4 criteria (0 done, 0 failed), 6 errors, 0 warnings in ',
    '[ERROR] Failed to execute goal io.github.speclint:speclint-maven-plugin:',
    'speclint found 6 error(s) and 0 warning(s) in 3 spec(s) (failOn=error)',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.readLines().any { it.startsWith('\tat ') } : 'a finding must never be a stack trace'
return true
