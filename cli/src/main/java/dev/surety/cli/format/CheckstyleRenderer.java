package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code checkstyle} format: Checkstyle's XML report, as CI report tools read it, written with
 * the JDK's StAX {@link XMLStreamWriter} (the library escapes; nothing is escaped by hand).
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

  @Override
  public void render(LintReport report, Appendable out) throws IOException {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    TreeSet<String> files = new TreeSet<>(report.sources().keySet());
    report.diagnostics().forEach(d -> files.add(d.range().file()));
    files.forEach(f -> byFile.put(f, new ArrayList<>()));
    report.sortedDiagnostics().forEach(d -> byFile.get(d.range().file()).add(d));

    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", Texts.xmlSafe(report.toolVersion()));
      for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
        xml.writeCharacters("\n  ");
        if (file.getValue().isEmpty()) {
          xml.writeEmptyElement("file");
          xml.writeAttribute("name", Texts.xmlSafe(file.getKey()));
          continue;
        }
        xml.writeStartElement("file");
        xml.writeAttribute("name", Texts.xmlSafe(file.getKey()));
        for (Diagnostic d : file.getValue()) {
          xml.writeCharacters("\n    ");
          xml.writeEmptyElement("error");
          boolean known = d.range().isKnown();
          xml.writeAttribute("line", Integer.toString(known ? d.range().start().line() : 0));
          if (known) {
            xml.writeAttribute("column", Integer.toString(d.range().start().column()));
          }
          xml.writeAttribute("severity", d.severity().spelling());
          xml.writeAttribute("message", Texts.xmlSafe(Texts.oneLine(d.message())));
          xml.writeAttribute("source", source(d.code()));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
    }
    out.append(text.toString()).append('\n');
  }
}
