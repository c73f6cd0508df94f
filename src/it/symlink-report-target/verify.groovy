import groovy.json.JsonSlurper
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('speclint: 7 specs')

def spec = new File(basedir, 'docs/business/uc1-borrow-tool.md')
assert spec.text == new File(itSources, 'clean-tree/docs/business/uc1-borrow-tool.md').text : 'the spec was overwritten'

def output = new File(basedir, 'target/speclint')
['speclint.sarif', 'speclint.json', 'speclint-junit.xml', 'speclint-checkstyle.xml', 'speclint.html'].each { name ->
    def report = new File(output, name).toPath()
    assert !Files.isSymbolicLink(report) : "${name} is still a link"
    assert Files.isRegularFile(report)
}
assert new JsonSlurper().parse(new File(output, 'speclint.sarif')).version == '2.1.0'
assert output.list().sort() == ['cache', 'speclint-checkstyle.xml', 'speclint-junit.xml', 'speclint.html', 'speclint.json',
                               'speclint.sarif'] : "no temporary files: ${output.list()}"
assert (new File(output, 'cache').list() as List).sort() == ['results.bin', 'run.bin'] : 'no temporary file beside the cache'
return true
