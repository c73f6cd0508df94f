// The gaps tree with every form of suppression comment, and the three kinds that silence nothing.
def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
def docs = new File(basedir, 'docs')
copyTree(new File(itSources, 'gaps-tree/docs'), docs)
def edit = evaluate(new File(itSources, 'edit-file.groovy')).curry(docs)
// the whole file: front matter findings have no line above them
edit('business/uc1-signup.md', '# UC1-SIGNUP', '<!-- speclint-disable-file frontmatter-status -- the status is migrated by the release script -->\n# UC1-SIGNUP')
// the line of the comment: a table row, where a comment of its own would end the table
edit('business/uc1-signup.md', '[What this actor wants to achieve] |', '[What this actor wants to achieve] <!-- speclint-disable-line placeholder-left -- the goals come from the reader interviews --> |')
// expired: the finding is back, and the comment is an error naming its date
edit('business/uc1-signup.md', '- [ ] BUS-SIGNUP-001: An unconfirmed', '<!-- speclint-disable-next-line criterion-duplicate-id until=2020-01-31 -- renumbered in January -->\n- [ ] BUS-SIGNUP-001: An unconfirmed')
// the next line
edit('functional/subscription.md', '- [ ] FUN-SUBSCRIPTION-01:', '<!-- speclint-disable-next-line criterion-id -- renumbered with the next release -->\n- [ ] FUN-SUBSCRIPTION-01:')
// no reason: it silences nothing
edit('functional/subscription.md', '# ', '<!-- speclint-disable-file section-missing -->\n# ')
// a range, closed by speclint-enable
edit('infrastructure/auth.md', '### Resources', '<!-- speclint-disable table-columns until=2999-12-31 -- sized by the platform team -->\n### Resources')
edit('infrastructure/auth.md', '## Networking', '<!-- speclint-enable table-columns -->\n\n## Networking')
// nothing to silence
edit('infrastructure/auth.md', '## Networking', '<!-- speclint-disable-next-line section-order -- kept from an old template -->\n## Networking')
return true
