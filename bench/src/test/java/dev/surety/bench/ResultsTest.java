package dev.surety.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

  @Test
  void everyTargetIsMeasuredBySomeSection() {
    List<String> measured = new ArrayList<>();
    BenchRun.SECTIONS.values().forEach(measured::addAll);
    assertThat(measured).containsExactlyInAnyOrderElementsOf(Results.TARGET_IDS);
  }

  @Test
  void theJsonHasEveryTargetWithItsRatioAndWhetherItIsMet() throws Exception {
    Results results = new Results();
    results.context("mode", "quick");
    results.figure("warm throughput", "(a) parse", 6.4, "MB/s", "JMH");
    results.target("check-vs-parse", "half of (a)", 0.4, ">=", 0.5, "(a) 1 ms, (c) 2.5 ms");
    results.target("cold-vs-hello", "3x hello", 2.5, "<=", 3, "lint 250 ms, hello 100 ms");
    results.unmeasured("lsp-latency", "lsp", "<=", 1, "the server did not start");
    results.notRun("scaling-1000x", "the section scaling was not selected (--only cold)");

    JsonNode json = new ObjectMapper().readTree(results.json());
    JsonNode targets = json.get("targets");
    assertThat(targets).hasSize(Results.TARGET_IDS.size());
    for (int i = 0; i < targets.size(); i++) {
      JsonNode t = targets.get(i);
      assertThat(t.get("id").asText()).isEqualTo(Results.TARGET_IDS.get(i));
      assertThat(t.has("ratio")).as(t.toString()).isTrue();
      assertThat(t.get("met").isBoolean()).as(t.toString()).isTrue();
    }
    assertThat(target(targets, "check-vs-parse").get("ratio").asDouble()).isEqualTo(0.4);
    assertThat(target(targets, "check-vs-parse").get("met").asBoolean()).isFalse();
    assertThat(target(targets, "cold-vs-hello").get("met").asBoolean()).isTrue();
    assertThat(target(targets, "lsp-latency").get("ratio").isNull()).isTrue();
    assertThat(target(targets, "lsp-latency").get("met").asBoolean()).isFalse();
    assertThat(target(targets, "jobs-2-speedup").get("detail").asText())
        .isEqualTo("not measured: the run stopped before it");
    assertThat(target(targets, "scaling-1000x").get("detail").asText())
        .isEqualTo("not measured: the section scaling was not selected (--only cold)");
    assertThat(target(targets, "scaling-1000x").get("met").asBoolean()).isFalse();
    assertThat(json.get("targetsMet").asInt()).isEqualTo(1);
    assertThat(json.get("figures").get(0).get("value").asDouble()).isEqualTo(6.4);
  }

  private static JsonNode target(JsonNode targets, String id) {
    for (JsonNode t : targets) {
      if (t.get("id").asText().equals(id)) {
        return t;
      }
    }
    throw new AssertionError("no target " + id);
  }
}
