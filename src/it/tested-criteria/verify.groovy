def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 9, Failures: 1, Errors: 0, Skipped: 0') : 'Surefire did not run the tests'
def expected = [
    // the failing test and the id without a test, each at its Coverage Map line
    '[ERROR] docs/coverage/loan-tests.md:53:50: error: test case COV-LOANS-002 for BUS-BORROW-002 and FUN-RESERVATION-001 failed: of the 1 test carrying its id, 1 failed (LoanTest.COV-LOANS-002 a fourth tool is refused); make it pass [coverage-test-failed]',
    '[WARNING] docs/coverage/loan-tests.md:66:49: warning: test case COV-LOANS-009 for INF-HOSTING-001 was not run: no test in the test reports carries its id; name the test that covers it after the id (for example a method cov_loans_009_...) and run it [coverage-test-not-run]',
    // the criteria checked [x] that the failing test covers, and the validated spec that holds one
    '[ERROR] docs/business/uc1-borrow-tool.md:64:7: error: BUS-BORROW-002 is checked [x] but its test case COV-LOANS-002 failed (docs/coverage/loan-tests.md:53); make it pass or set the box back to [ ] [criterion-checked-not-passed]',
    '[ERROR] docs/functional/reservation.md:116:7: error: FUN-RESERVATION-001 is checked [x] but its test case COV-LOANS-002 failed (docs/coverage/loan-tests.md:53); make it pass or set the box back to [ ] [criterion-checked-not-passed]',
    '[ERROR] docs/business/uc1-borrow-tool.md:3:9: error: spec is validated but the tests of BUS-BORROW-002 did not all pass: COV-LOANS-002 failed (docs/coverage/loan-tests.md:53); make them pass or set the status to failed [status-validated-not-passed]',
    '[INFO] speclint: test reports: 2 files, 9 tests; Coverage Map test cases: 8 passed, 1 failed, 1 not run',
    'speclint found 4 error(s) and 1 warning(s) in 7 spec(s)',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.readLines().any { it.startsWith('\tat io.github.speclint') } : 'a finding must never be a stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.json'))
assert json.tests.testCases == [passed: 8, failed: 1, notRun: 1]
def coverage = json.specs.find { it.id == 'COV-LOANS' }
def failed = coverage.testCases.find { it.id == 'COV-LOANS-002' }
assert failed.outcome == 'failed' && failed.line == 53 && failed.failingTests == ['LoanTest.COV-LOANS-002 a fourth tool is refused']
assert coverage.testCases.find { it.id == 'COV-LOANS-008' }.outcome == 'passed' : 'the class name carries COV-LOANS-008'

def html = new File(basedir, 'target/speclint/speclint.html').text
assert html.contains('COV-LOANS-002 failed') && html.contains('COV-LOANS-001 passed')
return true
