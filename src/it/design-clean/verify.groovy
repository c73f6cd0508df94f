import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /speclint: 7 specs \(2 BUS, 2 FUN, 1 STK, 1 INF, 1 COV\), 8 designs, 13 links, .*, 0 errors, 0 warnings in / : 'a clean smaqit 3.6 project has no finding at all'
def designFindings = log.readLines().findAll { it =~ /\[design-[a-z-]+\]$/ }
assert designFindings.isEmpty() : 'a clean design tree has no design findings: ' + designFindings
assert !log.contains('[reference-') : 'design links are no references between specs'

def json = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.json'))
assert json.statistics.designs == 8
assert json.designs*.id.contains('DSG-FUN-RESERVATION-SYSTEM-SEQUENCE')
assert json.designs.every { it.image.state == 'ok' && it.image.width == 800 && it.findings.errors == 0 }
def reservation = json.specs.find { it.id == 'FUN-RESERVATION' }
assert reservation.designLinks.size() == 4 && reservation.designLinks.every { it.resolved }

def html = new File(basedir, 'target/speclint/speclint.html').text
assert html.contains('DSG · designs')
assert (html =~ /class="node dsg"/).count == 8
return true
