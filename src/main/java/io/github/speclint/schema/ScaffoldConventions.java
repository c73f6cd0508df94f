package io.github.speclint.schema;

import io.github.speclint.model.Headings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a new spec starts and is named, and how sections are written where a project has no template text of its own:
 * smaqit's conventions for {@code speclint:new} and {@code speclint:fix}, kept as data beside the built-in schemas.
 */
public final class ScaffoldConventions {

    private static final String DEFAULT_FILE_NAME = "default";

    private final Map<String, String> frontMatter;
    private final Map<String, String> fileNames;
    private final String criteria;
    private final List<String> sameLayer;
    private final List<String> leaveOut;

    @SuppressWarnings("unchecked")
    ScaffoldConventions(Map<String, Object> data) {
        this.frontMatter = new LinkedHashMap<>((Map<String, String>) data.get("frontMatter"));
        this.fileNames = Map.copyOf((Map<String, String>) data.get("fileNames"));
        this.criteria = (String) data.get("criteria");
        this.sameLayer = List.copyOf((List<String>) data.get("sameLayer"));
        this.leaveOut = List.copyOf((List<String>) data.get("leaveOut"));
    }

    /** Front-matter keys a new spec sets, each to a value in which {@code {id}} and {@code {today}} are filled. */
    public Map<String, String> frontMatter() {
        return Map.copyOf(frontMatter);
    }

    /** The file-name pattern of a layer folder, with {@code {concept}} and {@code {n}} to fill. */
    public String fileName(String layerFolder) {
        return fileNames.getOrDefault(layerFolder, fileNames.get(DEFAULT_FILE_NAME));
    }

    /** True for the section whose list items are acceptance criteria. */
    public boolean isCriteria(String heading) {
        return Headings.matches(heading, criteria);
    }

    /** True for a References sub-section that links specs of the spec's own layer. */
    public boolean linksSameLayer(String heading) {
        return sameLayer.stream().anyMatch(name -> Headings.matches(heading, name));
    }

    /** True for an optional section a spec written from a built-in schema leaves out. */
    public boolean leftOut(String heading) {
        return leaveOut.stream().anyMatch(name -> Headings.matches(heading, name));
    }
}
