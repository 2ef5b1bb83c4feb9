package coop.seedbed.web;

import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a body larger than its page takes before anything reads it: the body of a form post is
 * read as soon as anyone asks for a parameter (the CSRF check does), and a multipart body is
 * spooled to disk, so the size is judged on the declared length, first. Only the pages and API
 * operations that take files accept up to {@code seedbed.documents.max-bytes}; every other page
 * form takes {@link #PAGE_FORM_MAX_BYTES} and must declare its length, as browsers do. An upload
 * without a declared length is still cut off at the limit where its file is read. The rest of the
 * API keeps limits of its own.
 */
public class UploadLimitFilter extends HttpFilter {

  /** Room for the form's other fields and the multipart boundaries around the file. */
  static final long FORM_ALLOWANCE = 256 * 1024;

  /**
   * The largest body any other page form takes: a volunteer's calendar file (at most 2 MB, which
   * its page refuses in plain words above that) with room to spare. Text fields come to far less.
   */
  static final long PAGE_FORM_MAX_BYTES = 4 * 1024 * 1024;

  private static final List<String> UPLOAD_PATHS =
      List.of(
          "/documents",
          "/api/documents",
          "/accelerator/applications",
          "/api/accelerator/applications");

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
    if (!method.equals("POST") && !method.equals("PUT")) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean upload =
        UPLOAD_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    if (!upload && path.startsWith("/api/")) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (upload && length > maxBytes + FORM_ALLOWANCE) {
      refuse(
          request,
          response,
          String.format(
              Locale.ROOT,
              "The file is larger than %.0f MB, the most Seedbed takes.",
              maxBytes / 1_000_000.0));
      return;
    }
    if (!upload && (length > PAGE_FORM_MAX_BYTES || length < 0 && hasBody(request))) {
      refuse(
          request,
          response,
          "This form sent more than Seedbed takes from it. Shorten what you typed, or send files"
              + " only where a page asks for one.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getHeader("Transfer-Encoding") != null;
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    // Nothing of the body is read; the connection closes once the answer is sent.
    response.setHeader("Connection", "close");
    if (request.getRequestURI().startsWith("/api/")) {
      Responses.problem(response, Problem.of(ProblemType.TOO_LARGE, detail));
    } else {
      request.setAttribute("seedbed.tooLarge", detail);
      response.sendError(413);
    }
  }
}
