package io.github.speclint.parse;

import io.github.speclint.model.InputProblem;

/** A file's bytes as text with BOM and carriage returns removed, or the reason they are not text. */
record DecodedText(String text, InputProblem problem) {

    static DecodedText of(String text) {
        return new DecodedText(text, null);
    }

    static DecodedText failed(InputProblem problem) {
        return new DecodedText(null, problem);
    }

    boolean ok() {
        return problem == null;
    }
}
