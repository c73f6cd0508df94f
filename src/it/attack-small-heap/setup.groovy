// The clean tree plus four specs of attacker shapes, generated here: 5.2 MB of "[" (out of memory under -Xmx1g before
// issue 9) and 4.9 MB each of "|", "<" and "*", all under the 5 MiB size limit, so each is read.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs'))
def shapes = ['bracket': '[' * 5_200_000, 'pipe': '|' * 4_900_000, 'angle': '<' * 4_900_000, 'star': '*' * 4_900_000]
shapes.each { name, body ->
    new File(basedir, "docs/business/uc9-${name}.md").setText(
            "---\nid: BUS-${name.toUpperCase()}\nstatus: draft\ncreated: 2026-01-01\n---\n\n# UC9-X: X\n\n${body}\n", 'UTF-8')
}
return true
