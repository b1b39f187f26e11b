package dev.surety.cli.assess;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.json.ArrangementJson;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.CommitmentDetail;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.ScorecardLine;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * {@code assess --format json}: the document of CLI.md, version 1. A range is written as
 * {@code {"file", "start": {"line", "column"}, "end": {...}}}: the lint JSON's range with the file
 * added, because a statement that decided a line may sit in an included file.
 */
final class JsonAssessmentRenderer implements AssessmentRenderer {

  static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void render(List<Assessment> assessments, PathDisplay paths, Appendable out)
      throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
      json.setPrettyPrinter(ArrangementJson.prettyPrinter()); // the layout of every JSON of the CLI
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeArrayFieldStart("arrangements");
      for (Assessment a : assessments) {
        writeAssessment(a, paths, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private static void writeAssessment(Assessment a, PathDisplay paths, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("file", paths.show(a.file()));
    json.writeStringField("title", a.title());
    if (a.kind().isPresent()) {
      json.writeStringField("kind", a.kind().get().canonical());
    } else {
      json.writeNullField("kind");
    }
    json.writeStringField("verdict", a.verdict().spelling());
    json.writeNumberField("score", a.score());
    json.writeArrayFieldStart("scorecard");
    for (ScorecardLine line : a.scorecard()) {
      json.writeStartObject();
      json.writeStringField("criterion", line.criterion().id());
      json.writeBooleanField("met", line.met());
      json.writeStringField("reason", line.reason());
      json.writeArrayFieldStart("ranges");
      for (SourceRange range : line.ranges()) {
        writeRange(range, paths, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("guarantors");
    for (GuarantorDetail g : a.guarantors()) {
      json.writeStartObject();
      json.writeStringField("id", g.id());
      json.writeStringField("name", g.name());
      json.writeArrayFieldStart("commitments");
      for (CommitmentDetail c : g.commitments()) {
        json.writeStartObject();
        json.writeStringField("kind", c.kind());
        json.writeFieldName("range");
        writeRange(c.range(), paths, json);
        json.writeBooleanField("binding", c.binding());
        json.writeBooleanField("guaranteeGrade", c.guaranteeGrade());
        json.writeArrayFieldStart("why");
        for (String why : c.why()) {
          json.writeString(why);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeRange(SourceRange range, PathDisplay paths, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("file", paths.show(range.file()));
    writePosition("start", range.start(), json);
    writePosition("end", range.end(), json);
    json.writeEndObject();
  }

  private static void writePosition(String name, SourcePosition p, JsonGenerator json)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("line", p.line());
    json.writeNumberField("column", p.column());
    json.writeEndObject();
  }
}
