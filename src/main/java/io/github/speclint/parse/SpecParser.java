package io.github.speclint.parse;

import io.github.speclint.discover.CandidateFile;
import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.InputProblem;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads one candidate file once and parses it once. A file outside the layer folders whose front matter names no
 * layer is not a spec: its Markdown is not parsed at all.
 */
public final class SpecParser {

    private final long maxFileBytes;
    private final Layers layers;
    private final Function<Layer, Set<String>> phrases;
    private final AtomicInteger filesRead = new AtomicInteger();
    private final AtomicInteger markdownParsed = new AtomicInteger();

    public SpecParser(long maxFileBytes) {
        this(maxFileBytes, Layers.SMAQIT, layer -> Set.of());
    }

    /**
     * @param phrases each layer's template phrases, which are placeholders wherever they stand; none for a layer
     *                whose placeholders are found by the template conventions
     */
    public SpecParser(long maxFileBytes, Layers layers, Function<Layer, Set<String>> phrases) {
        this.maxFileBytes = maxFileBytes;
        this.layers = layers;
        this.phrases = phrases;
    }

    /** The parsed spec, or empty when the file is not a spec. */
    public Optional<SpecDocument> parse(CandidateFile candidate) {
        FileBytes read = read(candidate);
        return read.bytes() == null ? read.instead() : parse(candidate, read.bytes());
    }

    /**
     * A file's bytes, read once.
     *
     * @param bytes   null when the file is too large or cannot be read
     * @param instead then what the file is instead: an unreadable spec, or nothing outside the layer folders
     */
    public record FileBytes(byte[] bytes, Optional<SpecDocument> instead) {
    }

    public FileBytes read(CandidateFile candidate) {
        try {
            long size = Files.size(candidate.file());
            if (size > maxFileBytes) {
                return new FileBytes(null, unreadable(candidate, new InputProblem(InputProblem.Kind.TOO_LARGE,
                        String.format("file is %,d bytes, over the %,d-byte limit for a spec; split it or raise "
                                + "maxFileSize", size, maxFileBytes), SourcePosition.START)));
            }
            byte[] bytes = Files.readAllBytes(candidate.file());
            filesRead.incrementAndGet();
            return new FileBytes(bytes, Optional.empty());
        } catch (IOException e) {
            return new FileBytes(null, unreadable(candidate, new InputProblem(InputProblem.Kind.IO,
                    "file cannot be read (" + e.getClass().getSimpleName() + ")", SourcePosition.START)));
        }
    }

    /** The spec these bytes hold, or empty when they are not a spec; for callers that hold the bytes already. */
    public Optional<SpecDocument> parse(CandidateFile candidate, byte[] bytes) {
        String path = candidate.displayPath();
        Optional<Layer> folderLayer = candidate.folderLayer();
        DecodedText decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            return unreadable(candidate, decoded.problem());
        }
        FrontMatterSplit split = FrontMatterSplit.of(decoded.text());
        FrontMatter frontMatter = switch (split.fence()) {
            case CLOSED -> FrontMatterReader.read(split.yaml(), split.yamlFirstLine());
            case MISSING -> FrontMatter.missing();
            case UNCLOSED -> FrontMatter.unclosed();
        };
        Optional<Layer> idLayer = frontMatter.value("id").flatMap(layers::ofId);
        if ((folderLayer.isEmpty() && idLayer.isEmpty()) || isDesign(frontMatter)) {
            return Optional.empty();
        }
        Optional<InputProblem> overLimit = MarkdownLimits.check(split.body(), split.bodyFirstLine());
        if (overLimit.isPresent()) {
            return Optional.of(SpecDocument.unreadable(path, folderLayer, idLayer, frontMatter, overLimit.get()));
        }
        Set<String> layerPhrases = folderLayer.or(() -> idLayer).map(phrases).orElse(Set.of());
        Placeholders found = new Placeholders();
        PlaceholderScanner.scan(frontMatter.entries(), layerPhrases, found);
        Body body = BodyReader.read(split.body(), split.bodyFirstLine(), layerPhrases, found);
        markdownParsed.incrementAndGet();
        List<Placeholder> placeholders = body.placeholders();
        return Optional.of(new SpecDocument(path, folderLayer, idLayer, Optional.empty(), frontMatter, body.title(),
                body.sections(), body.criteria(), body.links(), placeholders, body.footer(), body.justification(),
                body.testMappings(), lineCount(decoded.text()), body.suppressions()));
    }

    /** How many files this parser has read; the engine reports it so that a second read would show. */
    public int filesRead() {
        return filesRead.get();
    }

    /** How many Markdown bodies this parser has parsed (only specs' bodies are parsed). */
    public int markdownParsed() {
        return markdownParsed.get();
    }

    /**
     * smaqit's design artifacts ({@code docs/designs/<layer>/dsg-...md}, id {@code DSG-BUS-...}) sit in folders named
     * after layers but are not specs.
     */
    private static boolean isDesign(FrontMatter frontMatter) {
        return frontMatter.value("id").filter(id -> id.startsWith("DSG-")).isPresent();
    }

    private static int lineCount(String text) {
        int lines = 1;
        // indexOf is the JDK's vectorised search: this runs over every character of every spec
        for (int i = text.indexOf('\n'); i >= 0 && i < text.length() - 1; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    /** Unreadable bytes make a finding only where the folder says a spec belongs; elsewhere nothing claims them. */
    private static Optional<SpecDocument> unreadable(CandidateFile candidate, InputProblem problem) {
        if (candidate.folderLayer().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SpecDocument.unreadable(candidate.displayPath(), candidate.folderLayer(), problem));
    }
}
