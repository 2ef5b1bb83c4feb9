package coop.seedbed.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the rendered HTML of public pages (mapped in web.xml) for a short while and serves it to
 * visitors without a session, who all see the same page. Anyone with a session (signed in, or in
 * the middle of a form) gets the page rendered for them. Only plain 200 answers that set no cookie
 * are kept. A page is let go when its time is up or when the index has taken in a change since it
 * was rendered (made on any instance: see {@link PublicContent}).
 */
public class AnonymousPageCache extends HttpFilter {

  private record Page(byte[] body, String contentType, long expiresAt, long version) {}

  /** Pages that look the same to every visitor without a session. */
  private static final Set<String> CACHEABLE = Set.of("/", "/problems", "/guides");

  /** Guides and the legal-form helper's answers change only when their files do. */
  private static final String CACHEABLE_UNDER = "/guides/";

  private static final int MAX_PAGES = 500;

  /**
   * The parameters the cached pages read: the guide list's topic, the legal-form helper's answers.
   */
  private static final Set<String> PARAMETERS_READ =
      Set.of("topic", "country", "region", "owners", "investment", "charity");

  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  @Inject Clock clock;
  @Inject PublicContent content;

  @Inject
  @ConfigProperty(name = "seedbed.web.page-cache-ttl")
  Duration ttl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())
        || !cacheable(request.getRequestURI())
        || hasSession(request)
        || ttl.isZero()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> keyed = key(request.getRequestURI(), request.getQueryString());
    if (keyed.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String key = keyed.get();
    long now = clock.millis();
    // Taken before rendering: a change that lands while the page is rendered makes it stale.
    long version = content.version();
    Page page = pages.get(key);
    if (page == null || page.expiresAt() < now || page.version() != version) {
      Capture capture = new Capture(response);
      chain.doFilter(request, capture);
      page = capture.page(now + ttl.toMillis(), version);
      if (page == null) {
        capture.flushTo(response);
        return;
      }
      if (pages.size() >= MAX_PAGES) {
        pages.values().removeIf(kept -> kept.expiresAt() < now || kept.version() != version);
      }
      if (pages.size() < MAX_PAGES) {
        pages.put(key, page);
      }
    }
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /**
   * The key a page is kept under, or none for a query that names a parameter no cached page reads:
   * otherwise "/?x=1" to "/?x=500" would fill the cache with copies of one page and leave no room
   * for the pages people read.
   */
  static Optional<String> key(String path, String query) {
    if (query == null || query.isEmpty()) {
      return Optional.of(path);
    }
    for (String pair : query.split("&")) {
      String name = pair.split("=", 2)[0];
      if (!PARAMETERS_READ.contains(name)) {
        return Optional.empty();
      }
    }
    return Optional.of(path + "?" + query);
  }

  private static boolean cacheable(String path) {
    return CACHEABLE.contains(path) || path.startsWith(CACHEABLE_UNDER);
  }

  /** A visitor who sent a session cookie may be signed in, or may have a form in progress. */
  private static boolean hasSession(HttpServletRequest request) {
    return request.getRequestedSessionId() != null;
  }

  /** Holds the body back so it can be kept, and remembers whether the answer may be kept. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = 200;
    private boolean cookie;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      status = sc;
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      status = 302;
      super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie c) {
      cookie = true;
      super.addCookie(c);
    }

    @Override
    public void addHeader(String name, String value) {
      cookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
      cookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.setHeader(name, value);
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {}
            };
      }
      return stream;
    }

    @Override
    public void setCharacterEncoding(String charset) {
      // The buffer is UTF-8, which every Seedbed page is.
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    Page page(long expiresAt, long version) {
      flushBuffer();
      String type = getContentType();
      boolean keep =
          status == 200
              && !cookie
              && !isCommitted()
              && type != null
              && type.startsWith("text/html");
      return keep
          ? new Page(buffer.toByteArray(), "text/html;charset=UTF-8", expiresAt, version)
          : null;
    }

    void flushTo(HttpServletResponse response) throws IOException {
      flushBuffer();
      // An error page is written by the container to the real response after the filters; touch
      // the real output only when the page itself wrote something.
      if (buffer.size() > 0) {
        response.getOutputStream().write(buffer.toByteArray());
      }
    }
  }
}
