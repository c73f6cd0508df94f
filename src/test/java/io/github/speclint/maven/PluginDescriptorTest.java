package io.github.speclint.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goal pages {@code mvn site} generates come from the plugin descriptor: every parameter a user can set shows its
 * type, its default, its user property and the version that brought it, so each must be there to show.
 */
class PluginDescriptorTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /**
     * The reporting framework's own parameters, which the report goal re-declares only to describe them: Maven sets
     * them, under Maven's properties if any, never a speclint one.
     */
    private static final Set<String> REPORTING = Set.of("locale", "siteDirectory", "outputTimestamp",
            "outputDirectory", "outputFormat");

    @Test
    void everyGoalAndParameterHasSinceDefaultAndUserProperty() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), "run after process-classes: " + DESCRIPTOR);
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        List<String> gaps = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        for (Element mojo : children(plugin.getDocumentElement(), "mojos", "mojo")) {
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            goals.add(goal);
            if (!text(mojo, "since").equals("0.1.0")) {
                gaps.add(goal + ": since " + text(mojo, "since"));
            }
            Element configuration = child(mojo, "configuration");
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                String name = text(parameter, "name");
                if (text(parameter, "editable").equals("false")) {
                    continue;
                }
                String where = goal + "#" + name;
                String description = text(parameter, "description");
                Element value = configuration == null ? null : child(configuration, name);
                if (text(parameter, "since").isEmpty()) {
                    gaps.add(where + ": no since");
                }
                if (text(parameter, "type").isEmpty()) {
                    gaps.add(where + ": no type");
                }
                boolean hasDefault = value != null && value.hasAttribute("default-value");
                if (!hasDefault && !description.contains("Default")) {
                    gaps.add(where + ": no default, and the description names none");
                }
                boolean hasProperty = value != null && value.getTextContent().startsWith("${speclint.");
                if (!hasProperty && !description.contains("-Dspeclint.")
                        && !(goal.equals("report") && REPORTING.contains(name))) {
                    gaps.add(where + ": no user property");
                }
            }
        }
        assertEquals(List.of("aggregate", "baseline", "check", "fix", "new", "report"), goals.stream().sorted().toList());
        assertEquals(List.of(), gaps);
    }

    private static List<Element> children(Element parent, String list, String item) {
        List<Element> found = new ArrayList<>();
        Element container = child(parent, list);
        if (container != null) {
            NodeList nodes = container.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element element && element.getTagName().equals(item)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}
