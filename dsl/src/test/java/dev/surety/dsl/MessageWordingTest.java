package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages name the parties and the clause in the drafter's words, and help with the fix. */
class MessageWordingTest {

  private static final String A = """
      arrangement "A" {
        kind assurance.
        dated 2025-01-01.
        instrument agreement.
        beneficiary UA.
        party UA "Ukraine".
        party UK "United Kingdom".
        party RU "Russia".
        trigger attack: armed attack; by RU.
        %s
        duration 15 years.
        withdrawal notice 12 months.
      }
      """;

  private static List<Diagnostic> findings(String text, String code) {
    return Surety.create().check(text, "draft.surety").diagnostics().stream()
        .filter(d -> d.code().equals(code)).toList();
  }

  /**
   * A commitment whose kind is misspelt (SUR111) may be the military one meant: its items count
   * for {@code covers}, as SUR204 and SUR108 hold back on it too; SUR112 said `air` was covered by
   * nobody beside SUR111's did-you-mean.
   */
  @Test
  void aMisspeltKindsItemsCountForCovers() {
    String misspelt = A.replace("  duration 15 years.", "  covers air.\n  duration 15 years.")
        .formatted("UK militry aid: air; on attack; immediate.");
    assertThat(findings(misspelt, "SUR111")).isNotEmpty();
    assertThat(findings(misspelt, "SUR112")).isEmpty();
    String political = A.replace("  duration 15 years.", "  covers air.\n  duration 15 years.")
        .formatted("UK consultation: air; on attack; immediate.");
    assertThat(findings(political, "SUR112")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("covers air"));
  }

  @Test
  void aTriggerWrittenWithoutItsSemicolonIsPointedOutInTheMissingTriggersHelp() {
    // `on attack` without its `;` is read as part of the item `air defence on attack`
    List<Diagnostic> found = findings(A.formatted("UK backstop: air defence on attack."), "SUR106");
    assertThat(found).singleElement().satisfies(d -> assertThat(d.help()).contains(
        "if `on attack` names its trigger, write `air defence; on attack`: without the `;` it is"
            + " read as part of the item `air defence on attack`"));
    // without such an ending, the usual help
    assertThat(findings(A.formatted("UK backstop: air defence."), "SUR106")).singleElement()
        .satisfies(d -> assertThat(d.help())
            .contains("add `; on <trigger>` naming the event that activates it"));
  }

  /**
   * A qualifier written after a `,` (`air defence, on attack`) is read as an item, since keywords
   * are contextual: the rule that misses the qualifier says so, and where, instead of asking for
   * the qualifier the drafter wrote.
   */
  @Test
  void aQualifierAfterACommaIsPointedOutByTheRuleThatMissesIt() {
    String help = "`: a qualifier follows a `;`; after a `,` it is read as an item";
    assertThat(findings(A.formatted("UK backstop: air defence, on attack; immediate."), "SUR106"))
        .singleElement().satisfies(d -> {
          assertThat(d.help()).hasValue("write `; on attack` for `, on attack" + help);
          assertThat(d.related()).first().satisfies(r -> {
            assertThat(r.message()).isEqualTo("`on attack` is read as an item here");
            assertThat(r.range().start().column()).isEqualTo(29);
          });
        });
    assertThat(findings(A.formatted("UK backstop: air defence, immediate; on attack."), "SUR113"))
        .singleElement().satisfies(d -> assertThat(d.help())
            .hasValue("write `; immediate` for `, immediate" + help));
    String congress = A.replace("party UK \"United Kingdom\".",
        "party UK \"United Kingdom\"; legislature Parliament.");
    assertThat(findings(congress.formatted(
        "UK backstop: air, requires Parliament approval; on attack; immediate."), "SUR201"))
        .singleElement().satisfies(d -> assertThat(d.help()).hasValue(
            "write `; requires Parliament approval` for `, requires Parliament approval" + help));
    // an item that only begins with the letters of a keyword is an item
    assertThat(findings(A.formatted("UK backstop: air defence, onshore bases."), "SUR106"))
        .singleElement().satisfies(d -> assertThat(d.help())
            .hasValue("add `; on <trigger>` naming the event that activates it"));
    // and a quoted item is meant as written
    assertThat(findings(A.formatted("UK backstop: air defence, \"on attack\"."), "SUR106"))
        .singleElement().satisfies(d -> assertThat(d.help())
            .hasValue("add `; on <trigger>` naming the event that activates it"));
  }

  @Test
  void anUndeclaredChannelIsOfferedAsAnOrganisationAndARecipientAsAParty() {
    List<Diagnostic> found = findings(
        A.formatted("UK military aid: air defence; through NATO; to KYIV; on attack."), "SUR101");
    assertThat(found).extracting(d -> d.help().orElseThrow()).containsExactly(
        "declare it (`organisation NATO \"...\".`) or correct the id",
        "declare it (`party KYIV \"...\".`) or correct the id");
  }

  @Test
  void aTriggerWhereAPartyBelongsGetsAHelpLine() {
    assertThat(findings(A.formatted("UK military aid: land; to attack."), "SUR101"))
        .singleElement().satisfies(d -> {
          assertThat(d.message()).isEqualTo("`attack` is a trigger, not a party, organisation or"
              + " coalition: a trigger is named only after `on`");
          assertThat(d.help()).hasValue("name a party, organisation or coalition here; if the"
              + " commitment acts on attack, write `on attack`");
        });
  }

  @Test
  void anIdDeclaredInAnotherArrangementOfTheFileIsSaidToBeThere() {
    String b = """
        arrangement "B" {
          kind assurance.
          beneficiary UA.
          UK military aid: air defence; on attack.
        }
        """;
    List<Diagnostic> found = findings(A.formatted("UK military aid: land; on attack.") + b,
        "SUR101");
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "`UA` is not declared in arrangement \"B\": it is declared in arrangement \"A\", and a"
            + " declaration inside an arrangement is visible only there",
        "`UK` is not declared in arrangement \"B\": it is declared in arrangement \"A\", and a"
            + " declaration inside an arrangement is visible only there",
        "`attack` is not declared in arrangement \"B\": it is declared in arrangement \"A\", and a"
            + " declaration inside an arrangement is visible only there");
    assertThat(found.get(2)).satisfies(d -> {
      assertThat(d.help()).hasValue("move `trigger attack` out of arrangement \"A\" to the file"
          + " level, where every arrangement of the file sees it");
      assertThat(d.related()).singleElement()
          .satisfies(r -> assertThat(r.range().startLine()).isEqualTo(9));
    });
    // an id declared nowhere is still plainly undeclared
    assertThat(findings(A.formatted("UK military aid: land; to FR; on attack."), "SUR101"))
        .singleElement().satisfies(d -> assertThat(d.message())
            .isEqualTo("`FR` is not declared as a party, organisation or coalition"));
  }

  @Test
  void aVetoOfThreatsReadsAsASentence() {
    String draft = A.replace("kind assurance.", "kind assurance.\n  against RU, CN.")
        .formatted("party CN \"China\".\n  organisation UNSC \"UN Security Council\"; veto RU, CN."
            + "\n  UK military aid: land; on attack; through UNSC.");
    assertThat(findings(draft, "SUR206")).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("UK military aid (line 13) runs through UN Security Council (UNSC), where the"
            + " threats RU and CN hold a veto"));
    String one = draft.replace("against RU, CN.", "against RU.");
    assertThat(findings(one, "SUR206")).singleElement().satisfies(d -> assertThat(d.message())
        .endsWith("where the threat RU holds a veto"));
  }

  @Test
  void aNonBindingInstrumentIsQuotedAsWritten() {
    String draft = A.replace("kind assurance.", "kind guarantee.")
        .replace("instrument agreement.", "instrument declaration.")
        .formatted("UK backstop: land; on attack; immediate.");
    assertThat(findings(draft, "SUR202")).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("arrangement \"A\" claims to be a guarantee, but its instrument `declaration`"
            + " (read as `political declaration`) binds only politically"));
    assertThat(findings(draft, "SUR205")).singleElement().satisfies(d -> assertThat(d.message())
        .contains("the instrument `declaration` (read as `political declaration`) binds only"
            + " politically"));
    assertThat(findings(draft.replace("instrument declaration.", "instrument memorandum."),
        "SUR202")).singleElement().satisfies(d -> assertThat(d.message())
        .endsWith("its instrument `memorandum` binds only politically"));
  }

  /**
   * SUR203 names the trigger whose {@code by} names the guarantor a threat, and, when that trigger
   * is declared in an included file, the file of its line: "the `by` of a trigger, line 2" named
   * neither, and line 2 of the draft is something else.
   */
  @Test
  void aGuarantorNamedAThreatByATriggerIsToldWhichTriggerAndWhere(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    assertThat(findings(A.formatted("RU, UK military aid: air."), "SUR203"))
        .singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
            "Russia (RU) is a guarantor (military aid, line 10) and also a threat (the `by` of"
                + " trigger attack, line 9)"));
    java.nio.file.Files.writeString(dir.resolve("threats.surety"),
        "party RU \"Russia\".\ntrigger attack: armed attack; by RU.\n");
    java.nio.file.Files.writeString(dir.resolve("draft.surety"), """
        include "threats.surety".
        arrangement "A" {
          kind assurance.
          dated 2025-01-01.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          RU military aid: air.
          duration 15 years.
          withdrawal notice 12 months.
        }
        """);
    Report report = Surety.create().check(List.of(dir.resolve("draft.surety")));
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR203"))
        .singleElement().satisfies(d -> {
          String threats = d.related().get(0).range().file();
          assertThat(threats).endsWith("threats.surety");
          assertThat(d.message()).isEqualTo("Russia (RU) is a guarantor (military aid, line 8) and"
              + " also a threat (the `by` of trigger attack, line 2 of " + threats + ")");
        });
  }

  /**
   * A mode written twice ({@code at discretion; at discretion}) is one SUR207, at the first: it
   * was two identical warnings; two different modes are one each (and SUR302).
   */
  @Test
  void aDiscretionaryModeWrittenTwiceIsReportedOnce() {
    assertThat(findings(A.formatted("UK military aid: air; at discretion; at discretion."),
        "SUR207")).singleElement().satisfies(d -> {
          assertThat(d.message()).isEqualTo(
              "UK military aid (line 10) is `at discretion`: UK need not act at all");
          assertThat(d.range().startColumn()).isEqualTo(25);
        });
    assertThat(findings(A.formatted(
        "UK military aid: air; at discretion; after consultation; at discretion."), "SUR207"))
        .extracting(Diagnostic::message).containsExactly(
            "UK military aid (line 10) is `at discretion`: UK need not act at all",
            "UK military aid (line 10) is `after consultation`: UK need not act at all");
  }

  /**
   * SUR205 names a joint commitment as written ({@code UK, US backstop}) and says for which of its
   * guarantors the list holds: it named a clause {@code UK backstop} that the draft does not have.
   */
  @Test
  void theNearestCommitmentOfSeveralPartiesIsNamedAsWritten() {
    List<Diagnostic> found = findings("""
        arrangement "G" {
          kind guarantee.
          dated 2025-01-01.
          instrument memorandum.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          party US "United States"; legislature Congress.
          trigger attack: armed attack.
          UK, US backstop: air; on attack; immediate.
          duration 15 years.
          withdrawal notice 12 months.
        }
        """, "SUR205");
    assertThat(found).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
        "arrangement \"G\" claims to be a guarantee, but no commitment is guarantee-grade; the"
            + " nearest, UK, US backstop (line 10), lacks for UK: the instrument `memorandum` binds"
            + " only politically"));
  }

  /**
   * Of two military commitments that each lack one condition, SUR205 points at the response one
   * (`US backstop` lacks a trigger, which the drafter can add) rather than the support one first in
   * the file (`US military aid` lacks being a response of US forces, which no qualifier gives).
   */
  @Test
  void theNearestCommitmentOnATieIsTheOneTheDrafterCanMend() {
    String draft = """
        arrangement "G" {
          kind guarantee.
          dated 2025-01-01.
          instrument treaty.
          beneficiary UA.
          party UA "Ukraine".
          party US "United States".
          trigger attack: armed attack.
          %s
          duration 15 years.
          withdrawal notice 12 months.
        }
        """;
    String both = "US military aid: air; on attack; immediate.\n  US backstop: air; immediate.";
    assertThat(findings(draft.formatted(both), "SUR205")).singleElement().satisfies(d ->
        assertThat(d.message()).endsWith("the nearest, US backstop (line 10), lacks: it has no"
            + " trigger (`on`)"));
    // with no response commitment among the nearest, the first in the file, as before
    String support = "US military aid: air; on attack; immediate.\n  US training: land; on attack.";
    assertThat(findings(draft.formatted(support), "SUR205")).singleElement().satisfies(d ->
        assertThat(d.message()).contains("the nearest, US military aid (line 9), lacks: "));
  }
}
