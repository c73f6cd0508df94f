import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a smaqit 3.6-style project from a spec tree that predates design artifacts (by default the real corpus in
 * ../shared, read at run time and never copied into this repository): the specs go to specs/<layer>/ with a
 * "## Design References" section after the title and a 3.6 footer, and each spec gets a design pair under
 * docs/designs/<layer>/ (front matter, one PlantUML block, a PNG drawn with javax.imageio, both SHA-256 sums and a
 * passed attestation), so that speclint can be run on a realistic 3.6 tree.
 *
 * Usage: java scripts/Smaqit36Tree.java <out-dir> [spec-tree]   (default spec tree:
 * ../shared/corpus/local-image-generator/specs). The output folder must not exist yet.
 */
public final class Smaqit36Tree {

    private static final Map<String, String[]> LAYERS = Map.of(
            "business", new String[] {"BUS", "use-case"},
            "functional", new String[] {"FUN", "system-sequence"},
            "stack", new String[] {"STK", "component"},
            "infrastructure", new String[] {"INF", "deployment"},
            "coverage", new String[] {"COV", "requirement-trace"});
    private static final Pattern FIELD = Pattern.compile("(?m)^(id|status|created):\\s*(\\S+)");
    private static final Pattern CRITERION = Pattern.compile("(?m)^- \\[[ x!]\\] \\**([A-Z]+-[A-Z0-9-]+-\\d{3})\\b");
    private static final Pattern TITLE = Pattern.compile("(?m)^# .*\\n");
    private static final Pattern FOOTER = Pattern.compile("\\*Generated with smaqit v[^*]+\\*");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java scripts/Smaqit36Tree.java <out-dir> [spec-tree]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path from = Path.of(args.length > 1 ? args[1] : "../shared/corpus/local-image-generator/specs");
        if (Files.exists(out)) {
            throw new IllegalArgumentException(out + " exists; give a new folder");
        }
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("no spec tree at " + from);
        }
        Files.createDirectories(out.resolve(".smaqit"));
        int specs = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String layer = file.getParent().getFileName().toString();
                Path target = out.resolve("specs").resolve(layer).resolve(file.getFileName().toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!LAYERS.containsKey(layer) || file.getFileName().toString().equalsIgnoreCase("README.md")) {
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                    continue;
                }
                Files.writeString(target, withDesign(text, layer, file.getFileName().toString(), out),
                        StandardCharsets.UTF_8);
                specs++;
            }
        }
        System.out.println("wrote " + specs + " specs with a design pair each to " + out);
    }

    private static String withDesign(String spec, String layer, String fileName, Path out) throws IOException {
        Map<String, String> fields = new java.util.HashMap<>();
        Matcher field = FIELD.matcher(spec.substring(0, Math.min(spec.length(), 2000)));
        while (field.find()) {
            fields.putIfAbsent(field.group(1), field.group(2));
        }
        String id = fields.get("id");
        String[] kind = LAYERS.get(layer);
        String designId = "DSG-" + kind[0] + "-" + id.substring(id.indexOf('-') + 1) + "-"
                + kind[1].toUpperCase(Locale.ROOT);
        String file = designId.toLowerCase(Locale.ROOT);
        List<String> requirements = new ArrayList<>();
        Matcher criterion = CRITERION.matcher(spec);
        while (criterion.find() && requirements.size() < 3) {
            if (!requirements.contains(criterion.group(1))) {
                requirements.add(criterion.group(1));
            }
        }
        String source = "@startuml\ntitle " + designId + "\nrectangle \"" + id + "\" as Spec\n"
                + requirements.stream().map(r -> "rectangle \"" + r + "\" as R" + r.replace("-", "") + "\nSpec --> R"
                + r.replace("-", "") + "\n").reduce("", String::concat) + "@enduml\n";
        byte[] image = png(designId);
        String sourceSum = sha256(source.getBytes(StandardCharsets.UTF_8));
        String imageSum = sha256(image);
        String design = "---\n"
                + "id: " + designId + "\n"
                + "status: " + fields.getOrDefault("status", "draft") + "\n"
                + "created: " + fields.getOrDefault("created", "2026-09-01") + "\n"
                + "layer: " + layer + "\n"
                + "diagram_type: " + kind[1] + "\n"
                + "notation: plantuml\n"
                + "specifications:\n  - ../../../specs/" + layer + "/" + fileName + "\n"
                + "requirements:\n" + requirements.stream().map(r -> "  - " + r + "\n").reduce("", String::concat)
                + "source_sha256: \"" + sourceSum + "\"\n"
                + "image_sha256: \"" + imageSum + "\"\n"
                + "visual_validation:\n  status: passed\n  validated_at: 2026-09-15T12:00:00Z\n"
                + "  source_sha256: \"" + sourceSum + "\"\n  image_sha256: \"" + imageSum + "\"\n"
                + "---\n\n```plantuml\n" + source + "```\n";
        Path designs = out.resolve("docs/designs").resolve(layer);
        Files.createDirectories(designs);
        Files.writeString(designs.resolve(file + ".md"), design, StandardCharsets.UTF_8);
        Files.write(designs.resolve(file + ".png"), image);

        String link = "../../docs/designs/" + layer + "/" + file;
        String section = "## Design References\n\n- [" + designId + "](" + link + ".md) · [Image](" + link
                + ".png)\n\n";
        Matcher title = TITLE.matcher(spec);
        if (!title.find()) {
            throw new IllegalStateException(fileName + " has no title");
        }
        int at = title.end();
        while (at < spec.length() && spec.charAt(at) == '\n') {
            at++;
        }
        String withSection = spec.substring(0, title.end()) + "\n" + section + spec.substring(at);
        return FOOTER.matcher(withSection).replaceAll("*Generated with smaqit v3.6.0*");
    }

    private static byte[] png(String text) throws IOException {
        BufferedImage image = new BufferedImage(800, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 240);
        g.setColor(Color.BLACK);
        g.drawString(text, 20, 40);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
