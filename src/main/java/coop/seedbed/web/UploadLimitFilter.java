package coop.seedbed.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses an upload larger than {@code seedbed.documents.max-bytes} before anything reads it: the
 * body of a form post is read as soon as anyone asks for a parameter (the CSRF check does), and a
 * multipart body is spooled to disk, so the size is judged on the declared length, first. An upload
 * without a declared length is still cut off at the limit where its file is read.
 */
public class UploadLimitFilter extends HttpFilter {

  /** Room for the form's other fields and the multipart boundaries around the file. */
  static final long FORM_ALLOWANCE = 256 * 1024;

  private long maxBytes;

  @Override
  public void init() {
    maxBytes = ConfigProvider.getConfig().getValue("seedbed.documents.max-bytes", Long.class);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if ((method.equals("POST") || method.equals("PUT"))
        && request.getContentLengthLong() > maxBytes + FORM_ALLOWANCE) {
      String detail =
          String.format(
              Locale.ROOT,
              "The file is larger than %.0f MB, the most Seedbed takes.",
              maxBytes / 1_000_000.0);
      // Nothing of the body is read; the connection closes once the answer is sent.
      response.setHeader("Connection", "close");
      if (request.getRequestURI().startsWith("/api/")) {
        Responses.problem(response, Problem.of("too-large", "Too large", 413, detail));
      } else {
        request.setAttribute("seedbed.tooLarge", detail);
        response.sendError(413);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
