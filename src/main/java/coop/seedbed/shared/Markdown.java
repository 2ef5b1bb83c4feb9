package coop.seedbed.shared;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown that anyone typed, rendered so that it is safe on our pages: raw HTML is shown as text,
 * link targets other than http, https and mailto are dropped, links to other sites are marked
 * {@code rel="nofollow noopener"}, and images become their description, because a page of ours
 * never loads anything from another host.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .nodeRendererFactory(ImageAsText::new)
          .attributeProviderFactory(
              context ->
                  (node, tag, attributes) -> {
                    if (node instanceof Link) {
                      String href = attributes.getOrDefault("href", "");
                      if (!href.startsWith("/") && !href.startsWith("#")) {
                        attributes.put("rel", "nofollow noopener");
                      }
                    }
                  })
          .build();

  // Compiled once: plain text is made of every listing indexed, a million in a bulk import.
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern MARKUP = Pattern.compile("[*_`#>|]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LAST_WORD = Pattern.compile("\\s+\\S*$");

  private Markdown() {}

  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }

  /** The first {@code length} characters of the text, without any markup, for summaries. */
  public static String toPlainText(String markdown, int length) {
    if (markdown == null) {
      return "";
    }
    String plain = LINK.matcher(markdown).replaceAll("$1");
    plain = MARKUP.matcher(plain).replaceAll("");
    plain = SPACES.matcher(plain).replaceAll(" ").strip();
    return plain.length() <= length
        ? plain
        : LAST_WORD.matcher(plain.substring(0, length - 1)).replaceAll("") + "…";
  }

  /** Renders an image as its alternative text, so no image is fetched from anywhere. */
  private static final class ImageAsText implements NodeRenderer {
    private final HtmlWriter html;

    ImageAsText(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      StringBuilder alt = new StringBuilder();
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text text) {
          alt.append(text.getLiteral());
        }
      }
      if (!alt.isEmpty()) {
        html.tag("span", Map.of("class", "image-description"));
        html.text("[" + alt + "]");
        html.tag("/span");
      }
    }
  }
}
