package io.github.speclint.schema;

/** A template speclint cannot make sense of: a configuration error that names the file and the line. */
public final class TemplateException extends IllegalArgumentException {

    public TemplateException(String file, int line, String problem) {
        super("template " + file + ":" + line + ": " + problem);
    }
}
