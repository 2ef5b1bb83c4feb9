package coop.seedbed.web;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.ClockProducer;
import coop.seedbed.shared.SettableClock;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves a test deployment's clock: {@code GET} tells the time, {@code PUT} with {@code {"now":
 * instant}} or {@code {"by": duration}} moves it forward and answers once the clockwork has done
 * its round at the new time. A servlet rather than a resource, so that it stays out of the public
 * API and its description; with {@code seedbed.testing.settable-clock} off it answers 404, as if it
 * were not there, and only the admin token may use it when on.
 */
@WebServlet("/api/admin/clock")
public class TestClockServlet extends HttpServlet {

  private static final int MAX_BODY = 1024;

  @Inject ClockProducer clocks;
  @Inject CurrentCaller caller;
  @Inject Event<ClockMoved> moved;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<SettableClock> clock = permitted(response);
    if (clock.isPresent()) {
      time(response, clock.get().instant());
    }
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<SettableClock> found = permitted(response);
    if (found.isEmpty()) {
      return;
    }
    SettableClock clock = found.get();
    Instant target = null;
    Duration step = null;
    try (InputStream in = request.getInputStream();
        var reader = JSON.createReader(new ByteArrayInputStream(in.readNBytes(MAX_BODY)))) {
      JsonObject body = reader.readObject();
      if (body.get("now") instanceof JsonString now) {
        target = Instant.parse(now.getString());
      } else if (body.get("by") instanceof JsonString by) {
        step = Duration.parse(by.getString());
        if (step.isNegative()) {
          throw new DateTimeException("A move back in time");
        }
      } else {
        problem(
            response, ProblemType.VALIDATION, "Give \"now\" (an instant) or \"by\" (a duration).");
        return;
      }
    } catch (JsonException | ClassCastException | DateTimeException | ArithmeticException e) {
      problem(
          response,
          ProblemType.MALFORMED,
          "Send {\"now\": \"2027-01-01T00:00:00Z\"} or {\"by\": \"PT1H\"}, forward only.");
      return;
    }
    if (step != null) {
      target = clock.advance(step);
    } else if (!clock.moveTo(target)) {
      problem(
          response,
          ProblemType.CONFLICT,
          "The clock only moves forward; it is " + clock.instant() + ".");
      return;
    }
    moved.fire(new ClockMoved(target));
    time(response, clock.instant());
  }

  private Optional<SettableClock> permitted(HttpServletResponse response) throws IOException {
    Optional<SettableClock> clock = clocks.settable();
    if (clock.isEmpty()) {
      problem(response, ProblemType.NOT_FOUND, "There is nothing here.");
      return Optional.empty();
    }
    if (!caller.get().automation()) {
      problem(response, ProblemType.FORBIDDEN, "Only the admin token may move the clock.");
      return Optional.empty();
    }
    return clock;
  }

  private static void time(HttpServletResponse response, Instant now) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(JSON.createObjectBuilder().add("now", now.toString()).build().toString());
  }

  private static void problem(HttpServletResponse response, ProblemType type, String detail)
      throws IOException {
    response.setStatus(type.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(Problem.of(type, detail).toJson().toString());
  }
}
