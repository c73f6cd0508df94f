def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/stack/web-stack.md:14:3: error: link [FUN-RETURN-FLOW](../functional/returns.md) leads to docs/functional/returns.md, which does not exist; the spec FUN-RETURN-FLOW is at ../functional/return-flow.md [reference-broken-link]',
    '[ERROR] docs/coverage/loan-tests.md:67:3: error: Coverage Map names INF-HOSTING-020, which no spec defines (INF-HOSTING defines INF-HOSTING-001 to INF-HOSTING-002) [coverage-unknown-requirement]',
    'speclint: 2 specs (0 BUS, 0 FUN, 1 STK, 0 INF, 1 COV), 5 specs left out by includes/excludes (read for links only), ',
    'speclint found 3 error(s) and 3 warning(s) in 2 spec(s) (failOn=error)',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.readLines().any { it =~ /^\[(ERROR|WARNING|INFO)\] docs\/(business|functional|infrastructure)\// } : 'nothing is reported on specs left out'
assert !log.contains('which is not a spec') : 'links into specs left out resolve'
return true
