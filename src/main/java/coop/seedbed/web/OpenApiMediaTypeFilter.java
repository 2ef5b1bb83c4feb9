package coop.seedbed.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * {@code /openapi} in YAML as {@code application/yaml} (RFC 9512). Payara's servlet, which runs
 * inside our root context, labels YAML {@code text/plain} and refuses a client that asks for {@code
 * application/yaml}; this asks it for its YAML and labels the answer truthfully.
 */
public class OpenApiMediaTypeFilter extends HttpFilter {

  static final String YAML = "application/yaml;charset=UTF-8";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest asked = asksForYaml(request) ? new PayaraYaml(request) : request;
    chain.doFilter(asked, new YamlLabel(response));
  }

  static boolean asksForYaml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null
        && accept.toLowerCase(Locale.ROOT).matches(".*\\b(application|text)/(x-)?yaml\\b.*");
  }

  /** Payara's name for YAML. */
  private static final class PayaraYaml extends HttpServletRequestWrapper {
    PayaraYaml(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return name.equalsIgnoreCase("Accept") ? "text/plain" : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return name.equalsIgnoreCase("Accept")
          ? Collections.enumeration(List.of("text/plain"))
          : super.getHeaders(name);
    }
  }

  /** Whatever Payara writes as text/plain from this address is the YAML document. */
  private static final class YamlLabel extends HttpServletResponseWrapper {
    YamlLabel(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(relabel(type));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, name.equalsIgnoreCase("Content-Type") ? relabel(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, name.equalsIgnoreCase("Content-Type") ? relabel(value) : value);
    }

    private static String relabel(String type) {
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain") ? YAML : type;
    }
  }
}
