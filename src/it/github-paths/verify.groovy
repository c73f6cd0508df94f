import groovy.json.JsonSlurper

// GitHub attaches an annotation to the file at that path in the workspace: every path must be a file there.
def workspace = basedir.parentFile
def log = new File(basedir, 'build.log').text
def annotations = log.readLines().findAll { it ==~ /^::(error|warning|notice) file=.*/ }
def files = annotations.collect { (it =~ /file=([^,]+),/)[0][1] }
assert annotations.size() == 31 + 1 : "31 from the modules' checks, 1 from the aggregate, not ${annotations.size()}"
files.each { path ->
    assert path.startsWith('github-paths/') : "not relative to the workspace: ${path}"
    assert new File(workspace, path).isFile() : "no file ${path} in the workspace ${workspace}"
}
assert annotations.last().startsWith('::error file=github-paths/catalog/docs/functional/reservation.md,line=2,col=5,title=spec-duplicate-id::')

def workspaceUri = workspace.toPath().toAbsolutePath().normalize().toUri().toString()
['loans/target/speclint', 'hosting/target/speclint', 'target/speclint'].each { folder ->
    def sarif = new JsonSlurper().parse(new File(basedir, "${folder}/speclint.sarif"))
    assert sarif.runs[0].originalUriBaseIds.PROJECTROOT.uri == workspaceUri
    sarif.runs[0].results.each { result ->
        def uri = result.locations[0].physicalLocation.artifactLocation.uri
        assert new File(workspace, uri).isFile() : "SARIF names ${uri}, which the workspace lacks"
    }
}
assert log.contains('paths are relative to the GitHub workspace ' + workspace.toPath().toAbsolutePath().normalize())
assert new File(basedir, 'step-summary.md').text.count('## speclint') == 3 + 1
return true
