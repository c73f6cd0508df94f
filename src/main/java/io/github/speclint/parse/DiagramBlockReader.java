package io.github.speclint.parse;

import io.github.speclint.model.DesignBody;
import io.github.speclint.model.DesignBody.BodyProblem;
import io.github.speclint.model.DesignLine;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.schema.DesignSchema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a design's body line by line, the way smaqit's gate does: it must be exactly one fenced block opened by
 * {@code ```plantuml} and closed by {@code ```}, with nothing but blank lines around it. Every departure is noted
 * with its line; the source between the fences is hashed as the gate hashes it.
 */
final class DiagramBlockReader {

    private static final String FENCE = "```";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final DesignSchema schema;
    private final List<BodyProblem> problems = new ArrayList<>();
    private Optional<DesignLine> startLine = Optional.empty();
    private Optional<DesignLine> afterStart = Optional.empty();

    private DiagramBlockReader(DesignSchema schema) {
        this.schema = schema;
    }

    /** @param firstLine the file line the body starts on */
    static DesignBody read(String body, int firstLine, DesignSchema schema) {
        return new DiagramBlockReader(schema).read(body.split("\n", -1), firstLine);
    }

    private DesignBody read(String[] lines, int firstLine) {
        String opening = FENCE + schema.blockLanguage();
        int open = -1;
        boolean prose = false;
        for (int i = 0; i < lines.length && open < 0; i++) {
            if (lines[i].strip().startsWith(FENCE)) {
                open = i;
            } else if (!lines[i].isBlank() && !prose) {
                prose = true;
                problem(firstLine, i, lines[i], "text outside the diagram block: \"%s\"; a design's body is only "
                        + "its " + opening + " block");
            }
        }
        if (open < 0) {
            problems.add(new BodyProblem("the body has no " + opening + " block; a design holds its diagram in one",
                    SourcePosition.of(firstLine + Math.max(0, lines.length - 1), 1)));
            return body(Optional.empty(), Optional.empty(), List.of());
        }
        SourcePosition blockPosition = at(firstLine, open, lines[open]);
        if (!lines[open].strip().equals(opening)) {
            problems.add(new BodyProblem(String.format("the block opens with \"%s\"; a design's block opens with %s",
                    lines[open].strip(), opening), blockPosition));
        }
        int close = -1;
        for (int i = open + 1; i < lines.length && close < 0; i++) {
            String line = lines[i].strip();
            if (line.equals(FENCE)) {
                close = i;
            } else if (line.startsWith(FENCE)) {
                problem(firstLine, i, lines[i], "a second fence inside the diagram block: \"%s\"; a design holds "
                        + "exactly one block");
            }
        }
        if (close < 0) {
            problems.add(new BodyProblem("the " + opening + " block is never closed by a " + FENCE + " line",
                    blockPosition));
            return body(Optional.of(blockPosition), Optional.empty(), List.of());
        }
        afterBlock(lines, close, firstLine);
        List<String> source = List.of(lines).subList(open + 1, close);
        if (source.stream().allMatch(String::isBlank)) {
            problems.add(new BodyProblem("the diagram block is empty", blockPosition));
        }
        return body(Optional.of(blockPosition), Optional.of(sha256(source)), diagram(source, open + 1, firstLine,
                blockPosition));
    }

    private void afterBlock(String[] lines, int close, int firstLine) {
        for (int i = close + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                problem(firstLine, i, lines[i], lines[i].strip().startsWith(FENCE)
                        ? "a second fenced block after the diagram: \"%s\"; a design holds exactly one"
                        : "text outside the diagram block: \"%s\"; a design's body is only its "
                        + FENCE + schema.blockLanguage() + " block");
                return;
            }
        }
    }

    /** Start, end, the line after the start and include directives; {@code first} is the source's index in the body. */
    private List<DesignLine> diagram(List<String> source, int first, int firstLine, SourcePosition block) {
        List<DesignLine> starts = new ArrayList<>();
        List<DesignLine> ends = new ArrayList<>();
        List<DesignLine> includes = new ArrayList<>();
        DesignLine next = null;
        List<String> directives = schema.includeDirectives();
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            DesignLine at = new DesignLine(line.strip(), at(firstLine, first + i, line));
            if (line.strip().startsWith(schema.startLine())) {
                starts.add(at);
                if (starts.size() == 1 && i + 1 < source.size()) {
                    String after = source.get(i + 1);
                    next = new DesignLine(after.strip(), at(firstLine, first + i + 1, after));
                }
            } else if (line.strip().startsWith(schema.endLine())) {
                ends.add(at);
            }
            String normalized = SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            if (directives.stream().anyMatch(normalized::startsWith)) {
                includes.add(at);
            }
        }
        once(starts, schema.startLine(), block);
        once(ends, schema.endLine(), block);
        startLine = starts.isEmpty() ? Optional.empty() : Optional.of(starts.get(0));
        afterStart = Optional.ofNullable(next);
        return includes;
    }

    private void once(List<DesignLine> lines, String prefix, SourcePosition block) {
        if (lines.isEmpty()) {
            problems.add(new BodyProblem("the diagram has no " + prefix + "... line; it needs exactly one", block));
        } else if (lines.size() > 1) {
            problems.add(new BodyProblem(String.format("a second %s... line (the first is on line %d); the diagram "
                    + "needs exactly one", prefix, lines.get(0).position().line()), lines.get(1).position()));
        }
    }

    private DesignBody body(Optional<SourcePosition> block, Optional<String> sha256, List<DesignLine> includes) {
        return new DesignBody(problems, block, sha256, startLine, afterStart, includes);
    }

    /**
     * smaqit hashes the text between the fences with line breaks as LF (the decoder already made them so) and
     * trailing line breaks cut to exactly one.
     */
    private static String sha256(List<String> source) {
        String text = String.join("\n", source);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return Sha256.hex((text.substring(0, end) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void problem(int firstLine, int index, String line, String format) {
        problems.add(new BodyProblem(String.format(format, abbreviated(line.strip())), at(firstLine, index, line)));
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private static SourcePosition at(int firstLine, int index, String line) {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        return SourcePosition.of(firstLine + index, indent + 1);
    }
}
