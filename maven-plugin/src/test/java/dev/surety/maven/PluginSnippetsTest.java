package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.config.FailOn;
import dev.surety.validation.ValidationRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The {@code <plugin>} snippets of the root README ("In the build") and of this module's README say
 * what the plugin is: their coordinates, goals and parameters are those of the plugin descriptor
 * that maven-plugin-plugin generated from the mojos (target/classes/META-INF/maven/plugin.xml), and
 * their values are ones the plugin accepts. The descriptor is the one home of these facts; a
 * renamed parameter or goal, or a new version, fails here until the READMEs follow.
 */
class PluginSnippetsTest {

  static final Path DESCRIPTOR = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");
  static final Path ROOT_README = Path.of("..", "README.md");
  static final Path PLUGIN_README = Path.of("README.md");
  static final String ROOT_MARKER = "<!-- snippet: plugin";

  /** The descriptor: coordinates, and each goal's default phase and editable parameters. */
  record Descriptor(String groupId, String artifactId, String version, Map<String, String> phases,
      Map<String, Set<String>> parameters) {}

  private static Descriptor descriptor;

  @BeforeAll
  static void readTheDescriptor() throws Exception {
    assertThat(DESCRIPTOR).as("maven-plugin-plugin's descriptor (process-classes)").isRegularFile();
    Element plugin = parse(Files.readString(DESCRIPTOR, StandardCharsets.UTF_8)).getDocumentElement();
    Map<String, String> phases = new LinkedHashMap<>();
    Map<String, Set<String>> parameters = new LinkedHashMap<>();
    for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
      String goal = text(mojo, "goal");
      phases.put(goal, text(mojo, "phase"));
      Set<String> editable = new TreeSet<>();
      for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
        if (text(parameter, "editable").equals("true")) {
          editable.add(text(parameter, "name"));
        }
      }
      parameters.put(goal, editable);
    }
    descriptor = new Descriptor(text(plugin, "groupId"), text(plugin, "artifactId"),
        text(plugin, "version"), phases, parameters);
    assertThat(descriptor.phases()).containsKeys("check", "compile");
  }

  @Test
  void theRootReadmeSnippetRunsAGoalWithItsOwnParameters() throws Exception {
    String readme = Files.readString(ROOT_README, StandardCharsets.UTF_8);
    int marker = readme.indexOf(ROOT_MARKER);
    assertThat(marker).as("README.md marks the plugin snippet with %s", ROOT_MARKER).isNotNegative();
    Element snippet = snippet(readme, marker);
    Set<String> goals = checkCoordinatesAndGoals(snippet);
    Map<String, Element> configuration = configuration(snippet);
    // every parameter shown is one of every goal the snippet runs
    for (String goal : goals) {
      assertThat(descriptor.parameters().get(goal)).as("parameters of %s", goal)
          .containsAll(configuration.keySet());
    }
    assertThat(configuration).containsKeys("sourceDirectory", "includes", "excludes", "failOn",
        "severities");
    checkValues(configuration);
    checkPhases(readme);
  }

  @Test
  void thePluginReadmeSnippetShowsEveryParameter() throws Exception {
    String readme = Files.readString(PLUGIN_README, StandardCharsets.UTF_8);
    Element snippet = snippet(readme, 0);
    checkCoordinatesAndGoals(snippet);
    Map<String, Element> configuration = configuration(snippet);
    // "every parameter, with its default": the parameters of all goals, and no other
    Set<String> all = new TreeSet<>();
    descriptor.parameters().values().forEach(all::addAll);
    assertThat(new TreeSet<>(configuration.keySet())).isEqualTo(all);
    checkValues(configuration);
    checkPhases(readme);
  }

  /** The groupId, artifactId and version are the plugin's; every goal is one of its goals. */
  private static Set<String> checkCoordinatesAndGoals(Element snippet) {
    assertThat(snippet.getTagName()).isEqualTo("plugin");
    assertThat(text(snippet, "groupId")).isEqualTo(descriptor.groupId());
    assertThat(text(snippet, "artifactId")).isEqualTo(descriptor.artifactId());
    assertThat(text(snippet, "version")).isEqualTo(descriptor.version());
    Set<String> goals = new LinkedHashSet<>();
    for (Element execution : children(child(snippet, "executions"), "execution")) {
      for (Element goal : children(child(execution, "goals"), "goal")) {
        goals.add(goal.getTextContent().trim());
      }
    }
    assertThat(goals).isNotEmpty();
    assertThat(descriptor.phases().keySet()).containsAll(goals);
    return goals;
  }

  /** Values the plugin accepts: a fail level, and CODE=LEVEL overrides of rules that exist. */
  private static void checkValues(Map<String, Element> configuration) {
    if (configuration.containsKey("failOn")) {
      String failOn = configuration.get("failOn").getTextContent().trim();
      assertThat(FailOn.parse(failOn)).as("failOn %s", failOn).isPresent();
    }
    if (configuration.containsKey("severities")) {
      List<Element> severities = children(configuration.get("severities"), "severity");
      assertThat(severities).isNotEmpty();
      for (Element severity : severities) {
        String[] override = severity.getTextContent().trim().split("=", 2);
        assertThat(override).hasSize(2);
        assertThat(ValidationRules.byCode(override[0])).as("rule %s", override[0]).isPresent();
        assertThat(override[1]).isIn("error", "warning", "info", "off");
      }
    }
    for (String list : List.of("includes", "excludes")) {
      if (configuration.containsKey(list)) {
        assertThat(children(configuration.get(list), list.substring(0, list.length() - 1)))
            .isNotEmpty();
      }
    }
  }

  /** Wherever the text says "`GOAL` goal (phase `PHASE`)", that is the goal's default phase. */
  private static void checkPhases(String readme) {
    Matcher m = Pattern.compile("`(\\w+)` goal \\(phase `([\\w-]+)`\\)").matcher(readme);
    while (m.find()) {
      assertThat(descriptor.phases()).as("the default phase of %s", m.group(1))
          .containsEntry(m.group(1), m.group(2));
    }
  }

  /** The first ```xml block from {@code from} on, parsed. */
  private static Element snippet(String readme, int from) throws Exception {
    int start = readme.indexOf("```xml\n", from);
    assertThat(start).as("an xml block").isNotNegative();
    start += "```xml\n".length();
    int end = readme.indexOf("```", start);
    return parse(readme.substring(start, end)).getDocumentElement();
  }

  private static Map<String, Element> configuration(Element snippet) {
    Map<String, Element> parameters = new LinkedHashMap<>();
    for (Element parameter : children(child(snippet, "configuration"), null)) {
      assertThat(parameters.put(parameter.getTagName(), parameter))
          .as("%s given once", parameter.getTagName()).isNull();
    }
    return parameters;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try {
      return factory.newDocumentBuilder().parse(
          new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  /** The child elements named {@code name}, or all of them when it is null. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e && (name == null || e.getTagName().equals(name))) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().trim();
  }
}
