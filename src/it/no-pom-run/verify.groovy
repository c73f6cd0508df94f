import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('(No POM)')
assert log.contains('speclint: 7 specs (2 BUS, 2 FUN, 1 STK, 1 INF, 1 COV), 13 links, 19 criteria (6 done, 0 failed), 100% mapped to tests, 0 errors, 0 warnings in ')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.sarif'))
assert sarif.runs[0].tool.driver.name == 'speclint'
return true
