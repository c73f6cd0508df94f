// Start from the clean tree, then break its traceability in four places, each the way it happens in real trees.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
def to = new File(basedir, 'docs')
copyTree(new File(itSources, 'clean-tree/docs'), to)
def edit = evaluate(new File(itSources, 'edit-file.groovy')).curry(to)
// a file was renamed and the link was not updated
edit('stack/web-stack.md', '(../functional/return-flow.md)', '(../functional/returns.md)')
// a criterion was copied into another spec with its id
edit('functional/return-flow.md', '- [ ] FUN-RETURN-FLOW-003:', '- [ ] FUN-RESERVATION-002:')
// a functional spec points down the chain to the stack that implements it
edit('functional/reservation.md', '- [BUS-BORROW](../business/uc1-borrow-tool.md) — members reserve and collect tools',
        '- [BUS-BORROW](../business/uc1-borrow-tool.md) — members reserve and collect tools\n- [STK-WEB](../stack/web-stack.md) — where it runs')
// the coverage map still names a criterion that was renumbered
edit('coverage/loan-tests.md', '| INF-HOSTING-002 | infrastructure/hosting.md |', '| INF-HOSTING-020 | infrastructure/hosting.md |')
return true
