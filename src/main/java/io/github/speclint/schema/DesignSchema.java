package io.github.speclint.schema;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What smaqit's design gate demands of design artifacts and of a spec's Design References, read once from
 * {@code designs.yaml} beside this class: the vocabulary lives there, the rules only apply it.
 */
public final class DesignSchema {

    private static final String RESOURCE = "designs.yaml";

    private final Map<String, Object> data;
    private final Map<String, DesignKind> kinds;
    private final Map<String, Integer> ranks;
    private final Pattern idPattern;

    private DesignSchema(Map<String, Object> data, Map<String, DesignKind> kinds, Map<String, Integer> ranks) {
        this.data = data;
        this.kinds = kinds;
        this.ranks = ranks;
        String prefixes = kinds.values().stream().map(DesignKind::prefix).distinct().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.idPattern = Pattern.compile(Pattern.quote(text("idPrefix")) + "-(" + prefixes
                + ")-[A-Z0-9]+(?:-[A-Z0-9]+)*");
    }

    public static DesignSchema builtIn() {
        return Holder.BUILT_IN;
    }

    /** Where designs live, relative to the project root: {@code docs/designs}. */
    public String folder() {
        return text("folder");
    }

    /** The spec section that links designs. */
    public String section() {
        return text("section");
    }

    public String idPrefix() {
        return text("idPrefix");
    }

    /** Design ids: {@code DSG-<kind prefix>-NAME(-PART)*}; matched against the whole id. */
    public Pattern idPattern() {
        return idPattern;
    }

    /** The keys every design's front matter has, in template order. */
    public List<String> keys() {
        return strings(data, "keys");
    }

    /** The keys of this kind of design: the common ones and the kind's own. */
    public List<String> keys(Optional<DesignKind> kind) {
        List<String> keys = new ArrayList<>(keys());
        kind.ifPresent(k -> keys.addAll(k.extraKeys()));
        return keys;
    }

    public String notation() {
        return text("notation");
    }

    /** The front matter key of the visual attestation mapping. */
    public String attestationKey() {
        return text(section("attestation"), "key");
    }

    public List<String> attestationKeys() {
        return strings(section("attestation"), "keys");
    }

    public String attestedStatus() {
        return text(section("attestation"), "status");
    }

    public String deprecated() {
        return text("deprecated");
    }

    public List<String> statuses() {
        return List.copyOf(ranks.keySet());
    }

    /** A status's lifecycle rank; empty for unknown statuses and for deprecated. */
    public OptionalInt rank(String status) {
        Integer rank = ranks.get(status);
        return rank == null || rank < 0 ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    public boolean isStatus(String status) {
        return ranks.containsKey(status);
    }

    /** The kind of the designs in this folder (the design's {@code layer} value). */
    public Optional<DesignKind> kind(String folder) {
        return Optional.ofNullable(kinds.get(folder));
    }

    /** The kind whose id prefix this is. */
    public Optional<DesignKind> kindOfPrefix(String prefix) {
        return kinds.values().stream().filter(kind -> kind.prefix().equals(prefix)).findFirst();
    }

    public List<String> kindFolders() {
        return List.copyOf(kinds.keySet());
    }

    public String blockLanguage() {
        return text(section("block"), "language");
    }

    public String startLine() {
        return text(section("block"), "start");
    }

    public String endLine() {
        return text(section("block"), "end");
    }

    public String titleLine() {
        return text(section("block"), "title");
    }

    /** Directives that pull text in from elsewhere, lower case, a single space between words. */
    public List<String> includeDirectives() {
        return strings(section("block"), "includeDirectives").stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    public String imageExtension() {
        return text(section("image"), "extension");
    }

    public int minWidth() {
        return number(section("image"), "minWidth");
    }

    public int maxWidth() {
        return number(section("image"), "maxWidth");
    }

    public int minHeight() {
        return number(section("image"), "minHeight");
    }

    public int maxHeight() {
        return number(section("image"), "maxHeight");
    }

    public long maxImageBytes() {
        return ((Number) section("image").get("maxBytes")).longValue();
    }

    private String text(String key) {
        return text(data, key);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String key) {
        return (Map<String, Object>) data.get(key);
    }

    private static String text(Map<String, Object> map, String key) {
        return String.valueOf(map.get(key));
    }

    private static int number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }

    private static final class Holder {
        static final DesignSchema BUILT_IN = load();
    }

    @SuppressWarnings("unchecked")
    private static DesignSchema load() {
        Map<String, Object> data;
        try (InputStream in = DesignSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in design schema " + RESOURCE);
            }
            data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, DesignKind> kinds = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) data.get("kinds")).forEach((folder, kind) -> kinds.put(folder,
                new DesignKind(folder, text(kind, "prefix"), text(kind, "specLayer"), text(kind, "specPrefix"),
                        strings(kind, "diagramTypes"), strings(kind, "extraKeys"),
                        Optional.ofNullable((String) kind.get("realizes")),
                        !Boolean.FALSE.equals(kind.get("lifecycle")))));
        Map<String, Integer> ranks = new LinkedHashMap<>();
        ((Map<String, Object>) data.get("statuses")).forEach((status, rank) -> ranks.put(status,
                ((Number) rank).intValue()));
        return new DesignSchema(data, kinds, ranks);
    }
}
