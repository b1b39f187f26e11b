package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The {@code checkstyle} format: Checkstyle's XML report, as CI report tools read it, written with
 * the JDK's streaming serializer (the library escapes; nothing is escaped by hand).
 *
 * <pre>
 * &lt;?xml version="1.0" encoding="UTF-8"?&gt;
 * &lt;checkstyle version="0.1.0"&gt;
 *   &lt;file name="drafts/us.surety"&gt;
 *     &lt;error line="12" column="5" severity="error" message="..." source="dev.surety.SUR201"/&gt;
 *   &lt;/file&gt;
 * &lt;/checkstyle&gt;
 * </pre>
 *
 * <p>Decisions: {@code version} is surety's {@link LintReport#toolVersion()}; a {@code file}
 * element for every key of {@link LintReport#sources()} and every file with findings, sorted by
 * name (as Checkstyle lists every checked file, with or without findings); findings in order of
 * position; {@code severity} {@code error}, {@code warning} or {@code info} (Checkstyle's own
 * words); {@code source} {@code dev.surety.SUR201}, dotted like Checkstyle's check names so tools
 * that show the last segment show the code; {@code message} the message on one line (line breaks
 * become spaces, characters XML cannot hold become U+FFFD), without the help; {@code column}
 * left out when the position is unknown, and {@code line} is then {@code 0}, as Checkstyle does for
 * file-level findings. Findings with no file go under {@code <file name="">}. Two-space indent.
 */
public final class CheckstyleRenderer implements DiagnosticRenderer {

  /** The {@code source} attribute of a finding of {@code code}. */
  public static String source(String code) {
    return "dev.surety." + code;
  }

  /**
   * The JDK's streaming XML serializer (a SAX handler of its identity transformer). Not StAX's
   * writer: that one writes a line feed, carriage return or tab in an attribute as it is, which a
   * reader turns into a space (XML's attribute normalisation), so a file name holding one did not
   * come back; this one writes them as character references.
   */
  private static TransformerHandler newHandler() throws TransformerConfigurationException {
    TransformerHandler handler = ((SAXTransformerFactory) TransformerFactory.newInstance())
        .newTransformerHandler();
    handler.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    return handler;
  }

  private static void attribute(AttributesImpl attributes, String name, String value) {
    attributes.addAttribute("", "", name, "CDATA", value);
  }

  private static void newline(TransformerHandler xml, String indent) throws SAXException {
    String text = "\n" + indent;
    xml.characters(text.toCharArray(), 0, text.length());
  }

  @Override
  public void render(LintReport report, Appendable out) throws IOException {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    TreeSet<String> files = new TreeSet<>(report.sources().keySet());
    report.diagnostics().forEach(d -> files.add(d.range().file()));
    files.forEach(f -> byFile.put(f, new ArrayList<>()));
    report.sortedDiagnostics().forEach(d -> byFile.get(d.range().file()).add(d));

    StringWriter text = new StringWriter();
    try {
      TransformerHandler xml = newHandler();
      xml.setResult(new StreamResult(text));
      xml.startDocument();
      newline(xml, "");
      AttributesImpl attributes = new AttributesImpl();
      attribute(attributes, "version", Texts.xmlSafe(report.toolVersion()));
      xml.startElement("", "", "checkstyle", attributes);
      for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
        newline(xml, "  ");
        attributes.clear();
        attribute(attributes, "name", Texts.xmlSafe(file.getKey()));
        xml.startElement("", "", "file", attributes);
        for (Diagnostic d : file.getValue()) {
          newline(xml, "    ");
          attributes.clear();
          boolean known = d.range().isKnown();
          attribute(attributes, "line", Integer.toString(known ? d.range().start().line() : 0));
          if (known) {
            attribute(attributes, "column", Integer.toString(d.range().start().column()));
          }
          attribute(attributes, "severity", d.severity().spelling());
          attribute(attributes, "message", Texts.xmlSafe(Texts.oneLine(d.message())));
          attribute(attributes, "source", source(d.code()));
          xml.startElement("", "", "error", attributes);
          xml.endElement("", "", "error");
        }
        if (!file.getValue().isEmpty()) {
          newline(xml, "  ");
        }
        xml.endElement("", "", "file");
      }
      newline(xml, "");
      xml.endElement("", "", "checkstyle");
      xml.endDocument();
    } catch (SAXException | TransformerConfigurationException e) {
      throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
    }
    out.append(text.toString()).append('\n');
  }
}
