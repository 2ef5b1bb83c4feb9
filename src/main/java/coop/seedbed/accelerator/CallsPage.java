package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.accounts.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /accelerator}: the calls open now and coming, each deadline in the cohort's own zone and
 * in the visitor's (from {@code ?tz=}, which a small script fills in, UTC without it); a signed-in
 * person's own applications, reviews and staff work.
 */
@Named
@RequestScoped
public class CallsPage {

  @Inject ProgrammeService programmes;
  @Inject ApplicationService applications;
  @Inject CurrentCaller caller;

  private String tz;
  private List<CallSummary> calls;

  public List<CallSummary> getCalls() {
    if (calls == null) {
      calls = programmes.calls();
    }
    return calls;
  }

  public List<ApplicationView> getMine() {
    return caller.isSignedIn() ? applications.mine(caller.get()) : List.of();
  }

  public boolean isReviewer() {
    return caller.get().has(Role.REVIEWER);
  }

  public String getZone() {
    return Times.visitorZone(tz).getId();
  }

  /** A local time as staff set it, in its own zone. */
  public String local(LocalDateTime time, String zone) {
    return Times.local(time, ZoneId.of(zone));
  }

  /** An instant in the visitor's zone. */
  public String inYourZone(Instant instant) {
    return Times.at(instant, Times.visitorZone(tz));
  }

  public String getTz() {
    return tz;
  }

  public void setTz(String tz) {
    this.tz = tz;
  }
}
