package coop.seedbed.accelerator;

import coop.seedbed.http.Pages;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.NotSignedInException;
import coop.seedbed.shared.SeedbedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the running cohort's pages share: reading their parameters on a GET and on a form post
 * alike, and answering a refusal the way the rest of the site does (sign in, 404 or 403 with the
 * reason).
 */
final class RunPages {

  private RunPages() {}

  static Map<String, String> params() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  static Long id(String value) {
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Reads what a page shows, or answers the request: to sign in for the anonymous, 404 for what is
   * not there, 403 with the reason for what the person may not see. Returns null once answered.
   */
  static <T> T read(Supplier<T> reading, String here) {
    try {
      return reading.get();
    } catch (NotSignedInException e) {
      Pages.redirect("/signin?next=" + enc(here));
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (ForbiddenException e) {
      forbidden(e);
    }
    return null;
  }

  static void error(SeedbedException e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void forbidden(ForbiddenException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.getRequestMap().put("seedbed.forbidden", e.getMessage());
    try {
      external.responseSendError(403, e.getMessage());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    faces.responseComplete();
  }
}
