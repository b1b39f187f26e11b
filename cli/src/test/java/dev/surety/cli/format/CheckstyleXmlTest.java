package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The {@code checkstyle} output is well-formed XML and its attributes hold any message. */
class CheckstyleXmlTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void theFixtureIsWellFormed() throws Exception {
    String xml = OutputFormat.CHECKSTYLE.renderer().renderToString(FormatFixtures.report());
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle");
    Document doc = parse(xml);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    NodeList files = doc.getElementsByTagName("file");
    // "", missing, ua, us-guarantee, europe (no findings, but checked)
    assertThat(files.getLength()).isEqualTo(5);
    assertThat(((Element) files.item(4)).getAttribute("name")).isEqualTo(FormatFixtures.EUROPE);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(7);
  }

  @Test
  void escapesMarkupAndKeepsMessagesOnOneLine() throws Exception {
    String message = "a <b> & \"c\" 'd'\nnext line \u0001 Україна";
    Diagnostic d =
        Diagnostic.builder()
            .code("SUR111")
            .name("unknown-term")
            .severity(Severity.WARNING)
            .message(message)
            .range(SourceRange.of("a&b<c>.surety", 3, 4, 3, 6))
            .build();
    LintReport report = LintReport.builder().fileCount(1).addDiagnostics(d).build();
    String xml = OutputFormat.CHECKSTYLE.renderer().renderToString(report);
    assertThat(xml).doesNotContain("<b>").contains("&lt;b&gt;").contains("&amp;");
    Element error = (Element) parse(xml).getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message"))
        .isEqualTo("a <b> & \"c\" 'd' next line \uFFFD Україна");
    assertThat(error.getAttribute("line")).isEqualTo("3");
    assertThat(error.getAttribute("column")).isEqualTo("4");
    assertThat(error.getAttribute("severity")).isEqualTo("warning");
    assertThat(error.getAttribute("source")).isEqualTo("dev.surety.SUR111");
    Element file = (Element) error.getParentNode();
    assertThat(file.getAttribute("name")).isEqualTo("a&b<c>.surety");
  }

  @Test
  void aFileNameKeepsItsLineFeedsTabsAndCarriageReturns() throws Exception {
    String name = "drafts/odd\nname\twith\rbreaks.surety";
    Diagnostic d =
        Diagnostic.builder()
            .code("SUR111")
            .name("unknown-term")
            .severity(Severity.WARNING)
            .message("m")
            .range(SourceRange.of(name, 1, 1, 1, 2))
            .build();
    LintReport report = LintReport.builder().fileCount(1).addDiagnostics(d).build();
    String xml = OutputFormat.CHECKSTYLE.renderer().renderToString(report);
    Element file = (Element) parse(xml).getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name")).isEqualTo(name);
  }
}
