package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who the caller is to a team: one of its confirmed members, one of its mentors, or staff. Anyone
 * else is refused, and nobody learns more of a team than that it exists.
 */
@ApplicationScoped
class TeamAccess {

  enum Role {
    MEMBER,
    MENTOR,
    STAFF
  }

  /** The caller's place on the team; {@code member} is their membership when they have one. */
  record Access(Application application, Role role, Member member) {}

  @Inject Applications applications;
  @Inject CohortRuns runs;

  Access of(Caller caller, long applicationId) {
    caller.requireSignedIn();
    Application a = applications.get(applicationId);
    Optional<Member> member = membership(caller, a);
    if (member.isPresent()) {
      return new Access(a, Role.MEMBER, member.get());
    }
    if (caller.accountId() != null && runs.mentors(a.id).contains(caller.accountId())) {
      return new Access(a, Role.MENTOR, null);
    }
    if (caller.isStaff()) {
      return new Access(a, Role.STAFF, null);
    }
    throw new ForbiddenException("Only the team, its mentors and Seedbed staff can see this.");
  }

  /** The caller's confirmed membership of the team, or refusal in the words given. */
  Access member(Caller caller, long applicationId, String refusal) {
    caller.requirePerson();
    Application a = applications.get(applicationId);
    return membership(caller, a)
        .map(m -> new Access(a, Role.MEMBER, m))
        .orElseThrow(() -> new ForbiddenException(refusal));
  }

  /** The team as a running cohort knows it: it took up its place. */
  static void requireTeam(Application a) {
    if (a.decision != Application.Decision.CONFIRMED) {
      throw new NotFoundException(
          "Application " + a.id + " is not a team of its cohort: it has not taken up a place.");
    }
  }

  private Optional<Member> membership(Caller caller, Application a) {
    if (caller.accountId() == null) {
      return Optional.empty();
    }
    return applications.members(a.id).stream()
        .filter(m -> m.isConfirmed() && caller.accountId().equals(m.accountId))
        .findFirst();
  }
}
