// The clean tree plus three specs an attacker named and wrote: generated here, each a reproducer of issue 9.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs'))
def business = new File(basedir, 'docs/business')
def spec = { String id -> "---\nid: ${id}\nstatus: draft\ncreated: 2026-01-01\n---\n\n# UC9-X: X <!-- |\n\n## Scope\n\ntext\n" }
// a line break, then a workflow command that would start a log line of its own
new File(business, 'uc7-a\n::error file=pom.xml,line=1,col=1,title=pwned::owned.md').setText(spec('BUS-NEWLINE'), 'UTF-8')
new File(business, 'uc8-\u001B[31mred\u001B[0m.md').setText(spec('BUS-ESCAPE'), 'UTF-8')
// YAML escapes: a bell, NUL, a terminal escape, a lone surrogate, a bidi override, and HTML that would hide the rest of
// the job summary
new File(business, 'uc9-hostile.md').setText(spec('"BUS-<!-- |x| \\x07\\x00\\x1b[2J\\uD800\\u202Eevil ` <b>"'), 'UTF-8')
return true
