// The fix tree: a business spec without a section, a column and its footer; a CRLF functional spec with a BOM that
// lacks a sub-section and a column; a stack spec with nothing to fix.
evaluate(new File(itSources, 'fix-tree.groovy'))(itSources, basedir)
return true
