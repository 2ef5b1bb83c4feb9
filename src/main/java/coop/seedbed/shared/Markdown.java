package coop.seedbed.shared;

import java.util.Map;
import java.util.Set;
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
    String plain =
        markdown
            .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
            .replaceAll("[*_`#>|]+", "")
            .replaceAll("\\s+", " ")
            .strip();
    return plain.length() <= length
        ? plain
        : plain.substring(0, length - 1).replaceAll("\\s+\\S*$", "") + "…";
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
