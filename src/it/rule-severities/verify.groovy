import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] docs/business/uc1-signup.md:3:9: warning: status "done" is not one of draft, implemented, deployed, validated, failed, deprecated [frontmatter-status]',
    '[INFO] docs/business/uc1-signup.md:23:45: info: template guidance "[What this actor wants to achieve]" stands where content belongs; write the content [placeholder-left]',
    '[WARNING] docs/business/uc1-signup.md:57:7: warning: criterion id "BUS-SIGNUP-001" is used again (first on line 56); give this criterion the next free number [criterion-duplicate-id]',
    '[WARNING] docs/functional/subscription.md:69:7: warning: criterion id "FUN-SUBSCRIPTION-01" should be FUN-SUBSCRIPTION-NNN with a three-digit number [criterion-id]',
    '[WARNING] docs/infrastructure/auth.md:35:3: warning: table "Resources" under "Compute Resources" has columns [Service, Type, CPU] but the infrastructure template requires [Service, Type, CPU, Memory, Storage, Purpose] [table-columns]',
    ', 0 errors, 4 warnings in ',
    'BUILD SUCCESS',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('[section-missing]') : 'a rule set to off does not run'

def run = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.sarif')).runs[0]
def ids = run.tool.driver.rules*.id
assert !ids.contains('section-missing') : 'SARIF lists only the rules that ran'
assert ids.contains('table-columns')
def overrides = run.invocations[0].ruleConfigurationOverrides.collectEntries { [(it.descriptor.id): it.configuration.level] }
assert overrides == ['frontmatter-status': 'warning', 'table-columns': 'warning', 'criterion-duplicate-id': 'warning',
                     'criterion-id': 'warning', 'placeholder-left': 'note'] : overrides
assert run.results.find { it.ruleId == 'table-columns' }.level == 'warning'
return true
