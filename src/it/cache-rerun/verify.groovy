def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 4 : 'a run without the cache, one that fills it, one that reads it, one for the console'
def cacheLine = ~/(?m)^\[INFO\] speclint: (\d+) of (\d+) files unchanged since the last run, taken from the cache in (.*?)(, cross-document findings included)?$/
assert !(runs[0] =~ cacheLine).find() && !(runs[1] =~ cacheLine).find() : 'no file comes from a cache in the first two runs'
def reused = runs[2] =~ cacheLine
assert reused.find() : 'the third run says how many files came from the cache'
assert reused.group(1) == '3' && reused.group(2) == '3' : reused.group(0)
assert reused.group(3).endsWith('cache') : reused.group(0)
assert reused.group(4) != null : 'nothing changed: the cross-document findings come from the cache too: ' + reused.group(0)

def findings = { String run -> run.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] docs\/.*/ } }
assert !findings(runs[0]).isEmpty()
assert findings(runs[0]) == findings(runs[1]) && findings(runs[1]) == findings(runs[2]) : 'the same findings each run'
assert findings(runs[3]) == findings(runs[0]) : 'the console run shows what the last run showed'
assert (runs[3] =~ cacheLine).find() : 'the console run says the files came from the cache'
def summary = { String run -> run.readLines().find { it.startsWith('[INFO] speclint: 3 specs') }?.replaceAll(/ in \d+ ms$/, '') }
assert summary(runs[0]) != null && summary(runs[0]) == summary(runs[2]) && summary(runs[0]) == summary(runs[3])

assert !new File(basedir, 'target/uncached/cache').exists() : 'speclint.cache=false keeps no cache'
assert new File(basedir, 'target/speclint/cache/results.bin').isFile()
assert new File(basedir, 'target/speclint/cache/run.bin').isFile() : 'what the last run showed is kept beside it'
def compare = evaluate(new File(itSources, 'same-reports.groovy'))
assert compare(new File(basedir, 'target/uncached'), new File(basedir, 'target/speclint')).size() == 5
return true
