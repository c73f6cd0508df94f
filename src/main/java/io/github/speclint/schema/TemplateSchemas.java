package io.github.speclint.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project's installed templates as its schema: every {@code <layer>.template.md} in one folder (smaqit installs
 * them in {@code .smaqit/templates/specs}) becomes a layer, with smaqit's conventions applied as to the built-in ones.
 */
public final class TemplateSchemas {

    /** Far above any template; a larger file is not one. */
    static final long MAX_TEMPLATE_BYTES = 1024 * 1024;
    private static final String SUFFIX = ".template.md";

    private TemplateSchemas() {
    }

    /**
     * @param folder  the templates folder
     * @param display how messages name the folder (relative to the project, with forward slashes)
     * @throws TemplateException when the folder holds no template or one that speclint cannot make sense of
     * @throws IOException       when the folder cannot be listed or a template cannot be read
     */
    public static SchemaCatalog load(Path folder, String display) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new TemplateException(display, 1, "no <layer>" + SUFFIX + " file in this folder; install the "
                    + "templates there, point speclint.templates at them, or choose a built-in speclint.profile");
        }
        SchemaConventions conventions = SchemaCatalog.conventions();
        List<TemplateReader.Read> reads = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            String name = display + "/" + file.getFileName();
            String text = text(file, name);
            digest.update((name + "\u0000" + text + "\u0000").getBytes(StandardCharsets.UTF_8));
            reads.add(TemplateReader.read(name, text, conventions));
        }
        checkLayers(reads, display);
        List<LayerDraft> drafts = reads.stream().map(TemplateReader.Read::draft).toList();
        Map<Profile, List<LayerDraft>> profile = new LinkedHashMap<>();
        profile.put(Profile.templates(display), drafts);
        try {
            return SchemaCatalog.of(profile, conventions).withSource("templates " + display + " "
                    + HexFormat.of().formatHex(digest.digest()));
        } catch (IllegalArgumentException e) {
            throw new TemplateException(display, 1, e.getMessage());
        }
    }

    /**
     * The text of one layer's template in the folder, read as the schema was.
     *
     * @throws TemplateException when it is too large or not UTF-8
     */
    public static String text(Path folder, String layerFolder, String display) throws IOException {
        return text(folder.resolve(layerFolder + SUFFIX), display + "/" + layerFolder + SUFFIX);
    }

    /** Prefixes are unique and References link only layers that have a template. */
    private static void checkLayers(List<TemplateReader.Read> reads, String display) {
        Map<String, String> byPrefix = new HashMap<>();
        Map<String, LayerDraft> byFolder = new HashMap<>();
        reads.forEach(read -> byFolder.put(read.draft().folder(), read.draft()));
        for (TemplateReader.Read read : reads) {
            LayerDraft draft = read.draft();
            String file = display + "/" + draft.folder() + SUFFIX;
            String other = byPrefix.putIfAbsent(draft.prefix(), draft.folder());
            if (other != null) {
                throw new TemplateException(file, read.idLine(), "id prefix " + draft.prefix() + " is also the " + other
                        + " template's; each layer needs its own prefix");
            }
            read.referenceLines().forEach((folder, line) -> {
                if (!byFolder.containsKey(folder)) {
                    throw new TemplateException(file, line, "References link the " + folder + " layer, which has "
                            + "no template in " + display + "; layers with templates: " + byFolder.keySet());
                }
            });
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String text(Path file, String name) throws IOException {
        long size = Files.size(file);
        if (size > MAX_TEMPLATE_BYTES) {
            throw new TemplateException(name, 1, String.format("%,d bytes is not a template", size));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new TemplateException(name, 1, "the file is not UTF-8 text");
        }
    }
}
