package io.github.speclint.parse;

import io.github.speclint.discover.DesignFile;
import io.github.speclint.model.DesignBody;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.InputProblem;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.schema.DesignSchema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one design artifact once: its front matter with the same reader as a spec's (positions, duplicate keys, safe
 * YAML with limits), its body as one diagram block, and the PNG beside it (header and hash only).
 */
public final class DesignParser {

    private final long maxFileBytes;
    private final DesignSchema schema;

    public DesignParser(long maxFileBytes, DesignSchema schema) {
        this.maxFileBytes = maxFileBytes;
        this.schema = schema;
    }

    public DesignDocument parse(DesignFile file) {
        if (file.symlink()) {
            return DesignDocument.symlinked(file.displayPath(), file.folder());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.file(), LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        } catch (IOException e) {
            return DesignDocument.unreadable(file.displayPath(), file.folder(), new InputProblem(InputProblem.Kind.IO,
                    "file cannot be read (" + e.getClass().getSimpleName() + ")", SourcePosition.START));
        }
        if (bytes.length > maxFileBytes) {
            return DesignDocument.unreadable(file.displayPath(), file.folder(), new InputProblem(
                    InputProblem.Kind.TOO_LARGE, String.format("file is over the %,d-byte limit (maxFileSize)",
                    maxFileBytes), SourcePosition.START));
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            return DesignDocument.unreadable(file.displayPath(), file.folder(), decoded.problem());
        }
        FrontMatterSplit split = FrontMatterSplit.of(decoded.text());
        FrontMatter frontMatter = switch (split.fence()) {
            case CLOSED -> FrontMatterReader.read(split.yaml(), split.yamlFirstLine());
            case MISSING -> FrontMatter.missing();
            case UNCLOSED -> FrontMatter.unclosed();
        };
        DesignBody body = split.fence() == FrontMatter.Fence.CLOSED
                ? DiagramBlockReader.read(split.body(), split.bodyFirstLine(), schema) : DesignBody.NONE;
        return new DesignDocument(file.displayPath(), file.folder(), false, Optional.empty(), frontMatter, body,
                Optional.of(image(file)));
    }

    private DesignImage image(DesignFile file) {
        String name = file.file().getFileName().toString();
        String image = name.substring(0, name.length() - ".md".length()) + "." + schema.imageExtension();
        Path path = file.file().resolveSibling(image);
        String display = file.displayPath().substring(0, file.displayPath().length() - name.length()) + image;
        return PngReader.read(path, display, schema.maxImageBytes());
    }
}
