package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Eclipse runs both goals on incremental builds: m2e reads this file from the plugin's jar. */
class M2eMetadataTest {

  @Test
  void bothGoalsExecuteOnIncrementalBuilds() throws Exception {
    Document doc;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      assertThat(in).isNotNull();
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    XPath xpath = XPathFactory.newInstance().newXPath();
    String execution = "/lifecycleMappingMetadata/pluginExecutions/pluginExecution";
    assertThat(xpath.evaluate("count(" + execution + "/pluginExecutionFilter/goals/goal)", doc))
        .isEqualTo("2");
    assertThat(xpath.evaluate(execution + "/pluginExecutionFilter/goals/goal[1]", doc)).isEqualTo("check");
    assertThat(xpath.evaluate(execution + "/pluginExecutionFilter/goals/goal[2]", doc)).isEqualTo("compile");
    assertThat(xpath.evaluate(execution + "/action/execute/runOnIncremental", doc)).isEqualTo("true");
  }
}
