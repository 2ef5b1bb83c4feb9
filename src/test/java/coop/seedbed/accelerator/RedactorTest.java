package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static Redactor people(String... names) {
    return Redactor.of(List.of(names), List.of(), List.of(), null, List.of());
  }

  private static Redactor nothingNamed() {
    return Redactor.of(List.of(), List.of(), List.of(), null, List.of());
  }

  /** What a reviewer reads must contain none of the strings that name the team, in any case. */
  private static void assertNamesNobody(String redacted, String... identifying) {
    assertThat(redacted).doesNotContainIgnoringCase(identifying);
  }

  @Nested
  class Names {

    @Test
    void hidesAWholeNameAndEachPartOfThreeLettersOrMore() {
      String out =
          people("Ada Lovelace")
              .apply("Ada Lovelace leads. LOVELACE wrote the plan; ada checked it.");

      assertThat(out).isEqualTo("[hidden] leads. [hidden] wrote the plan; [hidden] checked it.");
    }

    @Test
    void hidesWholeWordsOnly() {
      // "Ada" and "Lee" are parts of the name; "Adam" and "Leeds" are other words.
      String out = people("Ada Lee").apply("Adam drove to Leeds with Ada and Lee.");

      assertThat(out).isEqualTo("Adam drove to Leeds with [hidden] and [hidden].");
    }

    @Test
    void hidesTheLongerTermFirst_leavingNoHalfName() {
      String out = people("Ada", "Ada Lovelace").apply("Ada Lovelace, Ada King-Noel");

      assertThat(out).isEqualTo("[hidden], [hidden] King-Noel");
      assertThat(out).doesNotContain("[hidden] Lovelace", "[hidden] [hidden]");
    }

    @Test
    void splitsDoubleBarrelledNamesIntoTheirParts() {
      String out = people("Mary Wollstonecraft-Godwin").apply("Godwin and Wollstonecraft agreed.");

      assertThat(out).isEqualTo("[hidden] and [hidden] agreed.");
    }

    @Test
    void readsNamesWithRegexCharactersLiterally() {
      Redactor redactor =
          Redactor.of(
              List.of("J.R. (Jo) Bloggs"), List.of(), List.of("A.B. (Ltd)"), null, List.of());

      String out = redactor.apply("A.B. (Ltd) hired J.R. (Jo) Bloggs; AxB (Ltd) did not.");

      // A "." in the name is a dot, not any character: "AxB (Ltd)" stays.
      assertThat(out).isEqualTo("[hidden] hired [hidden]; AxB (Ltd) did not.");
    }
  }

  @Nested
  class Addresses {

    @Test
    void hidesEveryEmailAddress_notOnlyTheTeams() {
      Redactor redactor =
          Redactor.of(List.of(), List.of("ada@breadcoop.org"), List.of(), null, List.of());

      String out =
          redactor.apply("Write to ada@breadcoop.org or Press.Office@Example.co.uk today.");

      assertThat(out).isEqualTo("Write to [hidden] or [hidden] today.");
    }

    @Test
    void hidesWebAddressesWithAndWithoutSchemeAndWww() {
      String out =
          nothingNamed()
              .apply(
                  "See https://breadcoop.org/about, http://Example.com/x?y=1 and www.crumbs.net or"
                      + " just ovens.coop for more.");

      assertThat(out).isEqualTo("See [hidden], [hidden] and [hidden] or just [hidden] for more.");
    }

    @Test
    void keepsThePunctuationAfterAnAddress() {
      String out =
          nothingNamed()
              .apply(
                  "Our menu (https://breadcoop.org/menu). Orders: www.breadcoop.org, or ovens.coop/shop!");

      assertThat(out).isEqualTo("Our menu ([hidden]). Orders: [hidden], or [hidden]!");
    }

    @Test
    void hidesTheNameInASubdomainSite_notTheGenericPart() {
      Redactor r =
          Redactor.of(List.of(), List.of(), List.of(), "https://shop.breadcoop.org", List.of());

      String out = r.apply("Our shop is breadcoop, the first in town.");

      assertThat(out).isEqualTo("Our shop is [hidden], the first in town.");
    }

    @Test
    void keepsOrdinaryWordsThatAreOnlyTheStartOfATeamAddress() {
      Redactor r =
          Redactor.of(List.of(), List.of("team@breadcoop.org"), List.of(), null, List.of());

      String out = r.apply("The team writes to team@breadcoop.org.");

      assertThat(out).isEqualTo("The team writes to [hidden].");
    }

    @Test
    void hidesTheWebsitesHostAndTheNameInIt() {
      Redactor redactor =
          Redactor.of(List.of(), List.of(), List.of(), "https://www.breadcoop.org", List.of());

      String out = redactor.apply("BreadCoop started in 2019; Breadcoop.org has the menu.");

      assertThat(out).isEqualTo("[hidden] started in 2019; [hidden] has the menu.");
    }
  }

  @Nested
  class Organisations {

    @Test
    void hidesTheProjectAndListingNames() {
      Redactor redactor =
          Redactor.of(
              List.of(),
              List.of(),
              List.of("Crumb & Co", "Riverside Bakers Co-operative"),
              null,
              List.of());

      String out =
          redactor.apply("Crumb & Co is the trading name of riverside bakers co-operative.");

      assertThat(out).isEqualTo("[hidden] is the trading name of [hidden].");
    }

    @Test
    void hidesThePassagesStaffChose() {
      Redactor redactor =
          Redactor.of(
              List.of(), List.of(), List.of(), null, List.of("the old mill on Station Road"));

      String out = redactor.apply("We bake at The Old Mill on Station Road, six days a week.");

      assertThat(out).isEqualTo("We bake at [hidden], six days a week.");
    }
  }

  @Test
  void aTeamsApplication_namesNobodyOnceRedacted() {
    Redactor redactor =
        Redactor.of(
            List.of("Ada Lovelace", "Grace Hopper"),
            List.of("ada@breadcoop.org", "grace.hopper@gmail.com"),
            List.of("Crumbs", "Bread Co-operative Ltd"),
            "https://www.breadcoop.org/",
            List.of("the bakery opposite Mill Road station"));
    String text =
        """
        Crumbs (Bread Co-operative Ltd) was founded by Ada Lovelace and Grace Hopper in 2019.
        Grace runs the ovens; Lovelace keeps the books. Find us at www.breadcoop.org or
        https://breadcoop.org/menu, write to ada@breadcoop.org or grace.hopper@gmail.com.
        Our shop is the bakery opposite Mill Road station. BREADCOOP sells 400 loaves a day.""";

    String out = redactor.apply(text);

    assertNamesNobody(
        out,
        "Ada",
        "Lovelace",
        "Grace",
        "Hopper",
        "Crumbs",
        "Bread Co-operative",
        "breadcoop",
        "grace.hopper",
        "@",
        "Mill Road");
    // What does not name anyone is still there for the reviewer.
    assertThat(out).contains("was founded by", "in 2019", "runs the ovens", "400 loaves a day");
  }

  @Nested
  class NotBlind {

    @Test
    void none_changesNothing() {
      String text = "Ada Lovelace (ada@breadcoop.org) at https://breadcoop.org.";

      assertThat(Redactor.NONE.apply(text)).isEqualTo(text);
      assertThat(Redactor.NONE.hidesAnything()).isFalse();
    }

    @Test
    void noText_staysNoText() {
      assertThat(people("Ada Lovelace").apply(null)).isNull();
    }
  }
}
