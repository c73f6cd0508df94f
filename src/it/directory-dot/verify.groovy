import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def summary = 'speclint: 7 specs (2 BUS, 2 FUN, 1 STK, 1 INF, 1 COV), 13 links, 19 criteria (6 done, 0 failed), ' +
        '100% mapped to tests, 0 errors, 0 warnings in '
assert log.contains(summary) : 'the seven specs and nothing else'
assert !log.contains('decoy.md')
assert !log.contains('lies inside the spec tree')
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'out/speclint')
def sarif = new JsonSlurper().parse(new File(out, 'speclint.sarif'))
assert sarif.runs[0].results.isEmpty()
assert new File(out, 'speclint.html').text.contains('7 specs')
assert log.contains("speclint: wrote ${out.canonicalPath}/speclint.sarif")
return true
