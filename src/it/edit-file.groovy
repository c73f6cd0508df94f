// Shared by the ITs' setup scripts: replaces the first occurrence of a text in a copied file, and stops the setup
// when the text is not there (a tree changed under the IT).
// Usage: def edit = evaluate(new File(itSources, 'edit-file.groovy')).curry(new File(basedir, 'docs'))
//        edit('stack/web-stack.md', 'old text', 'new text')
return { File folder, String path, String from, String to ->
    def file = new File(folder, path)
    assert file.text.contains(from) : "setup: ${path} lacks ${from}"
    file.text = file.text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
}
