package coop.seedbed.booking;

import coop.seedbed.http.ClientAddress;
import coop.seedbed.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Digital Candle over HTTP, for people without an account: volunteers, free slots, and bookings
 * reached by the unguessable token mailed to the booker (or the volunteer).
 */
@Path("candle")
@Produces(MediaType.APPLICATION_JSON)
public class CandleResource {

  static final String CALENDAR = "text/calendar; charset=UTF-8";

  @Inject VolunteerService volunteers;
  @Inject FreeTimes freeTimes;
  @Inject HoldAndConfirm holds;
  @Inject BookingLinks links;
  @Inject MoveAndCancel changes;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest http;

  @GET
  @Path("volunteers")
  public List<VolunteerView> volunteers(@QueryParam("topic") String topic) {
    return volunteers.list(topic);
  }

  @GET
  @Path("slots")
  public List<SlotView> slots(
      @QueryParam("volunteer") String volunteer,
      @QueryParam("topic") String topic,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("tz") String timeZone) {
    return freeTimes.freeSlots(
        new FreeTimes.SlotQuery(
            volunteer,
            topic,
            instant(from, "from"),
            instant(to, "to"),
            timeZone == null ? "UTC" : timeZone));
  }

  /** Holds the slot and mails the booker a link to confirm it: 202, as nothing is booked yet. */
  @POST
  @Path("bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response book(BookingRequest request) {
    BookingView held = holds.requestCall(request, clientAddress.of(http));
    return Response.accepted(held).build();
  }

  @GET
  @Path("bookings/{token}")
  public BookingView booking(@PathParam("token") String token) {
    return links.find(token);
  }

  @POST
  @Path("bookings/{token}/confirm")
  public BookingView confirm(@PathParam("token") String token) {
    return holds.confirm(token);
  }

  /** Moves the call: the body is {@code {"start": "2026-12-01T10:00:00Z"}}. */
  @POST
  @Path("bookings/{token}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  public BookingView move(@PathParam("token") String token, MoveRequest request) {
    return changes.move(token, request == null ? null : request.start());
  }

  @DELETE
  @Path("bookings/{token}")
  public BookingView cancel(@PathParam("token") String token) {
    return changes.cancel(token);
  }

  @GET
  @Path("bookings/{token}.ics")
  @Produces(CALENDAR)
  public Response invite(@PathParam("token") String token) {
    return Response.ok(links.invite(token))
        .header("Content-Disposition", "attachment; filename=\"digital-candle.ics\"")
        .build();
  }

  /** The new time of a call. */
  public record MoveRequest(Instant start) {}

  static Instant instant(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Give " + field + " as a UTC time such as 2026-12-01T10:00:00Z.");
    }
  }
}
