def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('speclint: outputDirectory ' + new File(basedir, 'reports').absolutePath + ' (really '
        + new File(basedir, 'docs/business').canonicalPath + ') lies inside the spec tree')
def written = new File(basedir, 'docs/business').list().findAll { !it.endsWith('.md') }
assert written.isEmpty() : "written into the spec tree: ${written}"
return true
