package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Staff's own view of a cohort's applications, and the passages they hide from reviewers. */
@ApplicationScoped
public class StaffApplications {

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject ApplicationViews views;

  @Transactional
  public List<ApplicationView> ofCohort(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    return applications.ofCohort(c.id).stream().map(a -> views.forTeam(a, c)).toList();
  }

  @Transactional
  public ApplicationView redact(
      @NotNull Caller caller,
      long id,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid RedactionsRequest request) {
    caller.requireStaff();
    Application a = applications.get(id);
    if (request.passages() == null) {
      throw new InvalidInputException("passages", "List the passages to hide, or none.");
    }
    a.redactions =
        request.passages().stream().map(p -> p.replaceAll("\\s+", " ").strip()).distinct().toList();
    return views.forTeam(a, cohorts.get(a.cohortId));
  }
}
