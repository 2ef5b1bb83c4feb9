package coop.seedbed.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a file is offered for download, named as it was uploaded. */
public final class Downloads {

  private Downloads() {}

  /**
   * A {@code Content-Disposition} value with an ASCII name for old clients and the exact name in
   * UTF-8 (RFC 6266) for the rest.
   */
  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
