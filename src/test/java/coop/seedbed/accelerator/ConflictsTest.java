package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.accelerator.Conflicts.ReviewerTies;
import coop.seedbed.accelerator.Conflicts.Team;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConflictsTest {

  private static final long REVIEWER = 7;

  /**
   * A team of accounts 1 and 2, ada@breadcoop.org and bo@breadcoop.org, with listing bread-coop.
   */
  private static final Team TEAM =
      new Team(
          Set.of(1L, 2L), Set.of("ada@breadcoop.org", "bo@breadcoop.org"), "bread-coop", Set.of());

  /** A reviewer nothing ties to anyone. */
  private static ReviewerTies reviewer(String email) {
    return new ReviewerTies(REVIEWER, email, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  @Nested
  class Found {

    @Test
    void aConflictTheReviewerDeclared() {
      Team team = new Team(TEAM.accounts(), TEAM.emails(), null, Set.of(REVIEWER));

      assertThat(Conflicts.reason(reviewer("cy@elsewhere.org"), team))
          .contains("declared by the reviewer");
    }

    @Test
    void theReviewerOnTheTeam_byAccount() {
      Team team = new Team(Set.of(1L, REVIEWER), TEAM.emails(), null, Set.of());

      assertThat(Conflicts.reason(reviewer("cy@elsewhere.org"), team))
          .contains("the reviewer is on this team");
    }

    @Test
    void theReviewerOnTheTeam_byEmail() {
      assertThat(Conflicts.reason(reviewer("ada@breadcoop.org"), TEAM))
          .contains("the reviewer is on this team");
    }

    @Test
    void theSameEmailDomain_namingTheDomain() {
      assertThat(Conflicts.reason(reviewer("cy@breadcoop.org"), TEAM))
          .contains("the same e-mail domain as someone on the team (breadcoop.org)");
    }

    @Test
    void theSameEmailDomain_inAnyCase() {
      assertThat(Conflicts.reason(reviewer("cy@BreadCoop.ORG"), TEAM))
          .contains("the same e-mail domain as someone on the team (breadcoop.org)");
    }

    @Test
    void keepingTheTeamsListing() {
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER,
              "cy@elsewhere.org",
              Set.of("bread-coop"),
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of());

      assertThat(Conflicts.reason(ties, TEAM))
          .contains("the reviewer keeps the team's directory listing");
    }

    @Test
    void keepingAListingWithSomeoneOnTheTeam() {
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER,
              "cy@elsewhere.org",
              Set.of("other-coop"),
              Set.of(2L),
              Set.of(),
              Set.of(),
              Set.of());

      assertThat(Conflicts.reason(ties, TEAM))
          .contains("the reviewer keeps a directory listing with someone on the team");
    }

    @Test
    void havingAppliedTogetherBefore() {
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER, "cy@elsewhere.org", Set.of(), Set.of(), Set.of(1L), Set.of(), Set.of());

      assertThat(Conflicts.reason(ties, TEAM))
          .contains("the reviewer has applied together with someone on the team");
    }

    @Test
    void havingMetOnADigitalCandleCall_byEmail() {
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER,
              "cy@elsewhere.org",
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of("bo@breadcoop.org"),
              Set.of());

      assertThat(Conflicts.reason(ties, TEAM))
          .contains("the reviewer met someone on the team through Seedbed");
    }

    @Test
    void havingMetOnADigitalCandleCall_byAccount() {
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER, "cy@elsewhere.org", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(2L));

      assertThat(Conflicts.reason(ties, TEAM))
          .contains("the reviewer met someone on the team through Seedbed");
    }
  }

  @Nested
  class NotFound {

    @Test
    void whenNothingTiesThem() {
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER,
              "cy@elsewhere.org",
              Set.of("other-coop"),
              Set.of(30L),
              Set.of(31L),
              Set.of("dee@elsewhere.org"),
              Set.of(32L));

      assertThat(Conflicts.reason(ties, TEAM)).isEmpty();
    }

    @Test
    void forASharedMailProvider() {
      Team team =
          new Team(
              Set.of(1L),
              Set.of("ada@gmail.com", "bo@outlook.com", "dee@hotmail.co.uk"),
              null,
              Set.of());

      assertThat(Conflicts.reason(reviewer("cy@gmail.com"), team)).isEmpty();
      assertThat(Conflicts.reason(reviewer("cy@outlook.com"), team)).isEmpty();
      assertThat(Conflicts.reason(reviewer("cy@hotmail.co.uk"), team)).isEmpty();
    }

    @Test
    void forASharedMailProviderWrittenInCapitals() {
      Team team = new Team(Set.of(1L), Set.of("ada@gmail.com"), null, Set.of());

      assertThat(Conflicts.reason(reviewer("cy@GMail.com"), team)).isEmpty();
    }

    @Test
    void forATeamWithoutAListing() {
      Team team = new Team(TEAM.accounts(), TEAM.emails(), null, Set.of());
      ReviewerTies ties =
          new ReviewerTies(
              REVIEWER,
              "cy@elsewhere.org",
              Set.of("other-coop"),
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of());

      assertThat(Conflicts.reason(ties, team)).isEmpty();
    }
  }
}
