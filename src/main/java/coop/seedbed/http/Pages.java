package coop.seedbed.http;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.RateLimitedException;
import coop.seedbed.shared.SeedbedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Runs a use case for a page and turns its business failures into messages beside the fields they
 * concern, in the same words the API uses. Anything unexpected is left to the error page.
 */
public final class Pages {

  private Pages() {}

  /**
   * Runs {@code action}; returns false after adding messages when it failed for a reason the person
   * can fix.
   *
   * @param fields the ids of this form's inputs (forms use {@code prependId="false"}, so these
   *     equal the request's field names); messages for other fields are shown at the top of the
   *     form
   */
  public static boolean attempt(Runnable action, String... fields) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      return true;
    } catch (InvalidInputException e) {
      show(faces, e.errors(), Set.of(fields));
    } catch (ConstraintViolationException e) {
      show(faces, FieldErrors.of(e), Set.of(fields));
    } catch (RateLimitedException e) {
      HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
      faces.addMessage(null, error(e.getMessage()));
    } catch (SeedbedException e) {
      faces.addMessage(null, error(e.getMessage()));
    }
    faces.validationFailed();
    return false;
  }

  /** A message for the next page after a redirect (post, redirect, get). */
  public static void notice(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Ends the request with a redirect to a path on this site (post, redirect, get), keeping the
   * page's messages for the next page. Returns null, for use as an action's outcome.
   */
  public static String redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    try {
      faces.getExternalContext().redirect(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }

  /** Answers the current page with 404 and the helpful not-found page. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static void show(FacesContext faces, List<FieldError> errors, Set<String> fields) {
    for (FieldError error : errors) {
      faces.addMessage(
          fields.contains(error.field()) ? error.field() : null, error(error.message()));
    }
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }
}
