package coop.seedbed.booking;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The signed-in volunteer's own Digital Candle: profile and hours, calendar, calls. */
@Path("candle/me")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

  @Inject VolunteerService volunteers;
  @Inject CallOutcomes calls;
  @Inject CurrentCaller caller;

  @GET
  public VolunteerProfile profile() {
    return volunteers
        .profile(caller.get())
        .orElseThrow(() -> new NotFoundException("You have no volunteer profile yet."));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public VolunteerProfile save(VolunteerRequest request) {
    return volunteers.saveProfile(caller.get(), request);
  }

  /** An iCalendar file of the volunteer's other commitments, read at once. */
  @PUT
  @Path("busy-calendar")
  @Consumes({"text/calendar", MediaType.APPLICATION_OCTET_STREAM})
  public VolunteerProfile uploadBusy(byte[] content) {
    return volunteers.uploadBusyCalendar(caller.get(), content);
  }

  /** The address of the volunteer's calendar feed, read now and then on a schedule. */
  @PUT
  @Path("busy-calendar-url")
  @Consumes(MediaType.APPLICATION_JSON)
  public VolunteerProfile subscribeBusy(BusyUrlRequest request) {
    return volunteers.subscribeBusyCalendar(caller.get(), request == null ? null : request.url());
  }

  @GET
  @Path("bookings")
  public List<BookingView> bookings() {
    return calls.bookingsOf(caller.get());
  }

  @PUT
  @Path("bookings/{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  public BookingView outcome(@PathParam("id") long id, OutcomeRequest request) {
    return calls.recordOutcome(caller.get(), id, request);
  }

  /** Where the volunteer's own calendar lives; empty to stop reading it. */
  public record BusyUrlRequest(String url) {}
}
