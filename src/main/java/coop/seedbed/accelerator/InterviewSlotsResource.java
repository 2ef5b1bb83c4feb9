package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/** The panel's free interview times, for a shortlisted team. */
@Path("accelerator/applications/{id}/interview-slots")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewSlotsResource {

  @Inject InterviewService interviews;
  @Inject CurrentCaller caller;

  @GET
  public List<InterviewSlotView> slots(
      @PathParam("id") long id,
      @QueryParam("tz") String timeZone,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return interviews.freeSlots(
        caller.get(), id, timeZone, instant(from, "from"), instant(to, "to"));
  }

  static Instant instant(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          field, "Give " + field + " as a UTC time such as 2027-02-10T10:00:00Z.");
    }
  }
}
