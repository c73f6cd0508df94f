def page = new File(basedir, 'target/site/speclint.html')
assert page.isFile() : 'mvn site wrote no speclint page'
def html = page.text
assert html.contains('Traceability')
assert html.contains('7 specs (2 BUS, 2 FUN, 1 STK, 1 INF, 1 COV)')
assert html.contains('BUS-BORROW-001')
assert html.contains('reference-broken-link')
def index = new File(basedir, 'target/site/index.html')
assert !index.isFile() || index.text.contains('speclint') : 'the site menu lists the report'
def standalone = new File(basedir, 'target/reports/speclint.html')
assert standalone.isFile() : 'the goal run on its own writes into its outputDirectory'
assert standalone.text.contains('reference-broken-link')
assert standalone.text.contains('<title>speclint report</title>') : 'on its own the goal writes the html format\'s page'
def log = new File(basedir, 'build.log').text
assert log.contains('speclint: wrote ') && log.contains('speclint.html')
return true
