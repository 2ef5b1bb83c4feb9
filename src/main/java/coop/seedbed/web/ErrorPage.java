package coop.seedbed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages: logs an unexpected failure once, with an incident id the person can quote,
 * and shows the plain reason a filter gave for a refusal.
 */
@Named
@RequestScoped
public class ErrorPage {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  @Inject HttpServletRequest request;

  private String incident;

  public String getIncident() {
    if (incident == null) {
      incident = UUID.randomUUID().toString();
      Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      if (thrown instanceof Throwable failure) {
        LOG.log(Level.SEVERE, "Unexpected failure on a page, incident " + incident, failure);
      } else {
        LOG.severe(() -> "Error page shown without an exception, incident " + incident);
      }
    }
    return incident;
  }

  public String getForbiddenReason() {
    Object reason = request.getAttribute("seedbed.forbidden");
    return reason instanceof String text ? text : "You may not open this page.";
  }

  public String getRateLimitReason() {
    Object reason = request.getAttribute("seedbed.rateLimited");
    return reason instanceof String text ? text : "Too many attempts. Please wait and try again.";
  }

  public String getTooLargeReason() {
    Object reason = request.getAttribute("seedbed.tooLarge");
    return reason instanceof String text ? text : "That is more than Seedbed takes at once.";
  }

  public String getMissingPath() {
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return path instanceof String text ? text : request.getRequestURI();
  }
}
