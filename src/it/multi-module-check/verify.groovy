import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : 'a serial run and a four-thread run'
assert runs[1].contains('MultiThreadedBuilder implementation with a thread count of 4')

def finding = ~/^\[(ERROR|WARNING)\] (?:\[([\w.-]+)\] )?(\S+?):\d+:\d+: .*/
def byModule = { String run ->
    def lines = [:].withDefault { [] }
    run.readLines().each { line ->
        def m = finding.matcher(line)
        if (m.matches()) {
            assert m.group(2) != null : "a finding without its module: ${line}"
            assert m.group(3).startsWith(m.group(2) + '/') : "the path does not start with the module folder: ${line}"
            lines[m.group(2)] << line
        }
    }
    lines
}
def serial = byModule(runs[0])
def parallel = byModule(runs[1])
assert serial.keySet() == ['loans', 'hosting'] as Set
assert serial == parallel : 'each module prints the same findings in the same order serially and with four threads'
assert serial.loans.size() == 3 && serial.hosting.size() == 28

runs.each { run ->
    assert run.contains('[INFO] speclint: no spec directory in shop-modules (')
    assert !run.contains('[WARNING] speclint: no spec directory')
    ['[catalog]: 4 specs', '[loans]: 2 specs', '[hosting]: 2 specs'].each { assert run.contains('speclint ' + it) }
}

def compare = evaluate(new File(itSources, 'same-reports.groovy'))
['catalog', 'loans', 'hosting'].each { module ->
    assert compare(new File(basedir, "${module}/target/serial"), new File(basedir, "${module}/target/speclint")).size() == 5
}
def sarif = new JsonSlurper().parse(new File(basedir, 'loans/target/speclint/speclint.sarif'))
assert sarif.runs[0].results*.locations*.physicalLocation*.artifactLocation*.uri.flatten().every { it.startsWith('loans/docs/') }
assert sarif.runs[0].results.every { it.properties.module == 'loans' }
assert !new File(basedir, 'target/speclint').exists()
return true
