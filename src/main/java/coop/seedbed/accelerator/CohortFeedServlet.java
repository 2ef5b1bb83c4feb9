package coop.seedbed.accelerator;

import coop.seedbed.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accelerator's calendar feeds: {@code /calendars/cohorts/{cohort}.ics} (a cohort's sessions,
 * public, so without call links), {@code /calendars/participants/{secret}.ics} (one team member's
 * own, with call links and the team's interview; the secret is its only key, so nobody in between
 * keeps a copy) and {@code /calendars/accelerator/deadlines.ics} (when each open call closes).
 */
@WebServlet({"/calendars/cohorts/*", "/calendars/participants/*", "/calendars/accelerator/*"})
public class CohortFeedServlet extends HttpServlet {

  private static final Pattern COHORT = Pattern.compile("/([a-z0-9][a-z0-9-]{0,79})\\.ics");
  private static final Pattern SECRET = Pattern.compile("/([A-Za-z0-9_-]{16,100})\\.ics");

  @Inject SessionService sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (request.getServletPath()) {
      case "/calendars/cohorts" -> {
        Matcher cohort = COHORT.matcher(path);
        if (cohort.matches()) {
          send(response, () -> sessions.cohortFeed(cohort.group(1)), "public, max-age=300");
          return;
        }
      }
      case "/calendars/participants" -> {
        Matcher secret = SECRET.matcher(path);
        if (secret.matches()) {
          send(response, () -> sessions.participantFeed(secret.group(1)), "private, no-store");
          return;
        }
      }
      case "/calendars/accelerator" -> {
        if (path.equals("/deadlines.ics")) {
          send(response, sessions::deadlinesFeed, "public, max-age=300");
          return;
        }
      }
      default -> {}
    }
    response.sendError(404);
  }

  private static void send(HttpServletResponse response, Supplier<String> feed, String caching)
      throws IOException {
    String body;
    try {
      body = feed.get();
    } catch (NotFoundException e) {
      response.setHeader("Cache-Control", "no-store");
      response.sendError(404);
      return;
    }
    response.setContentType("text/calendar;charset=UTF-8");
    response.setHeader("Cache-Control", caching);
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
