package coop.seedbed.guides;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one guide file: YAML front matter between {@code ---} lines, then CommonMark. Every rule a
 * guide must keep is checked here, and every broken one is named, so a writer sees all of them at
 * once. Links between guides are checked by the library, which knows every guide.
 */
final class GuideParser {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_TITLE = 120;
  static final int MAX_SUMMARY = 320;

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
  private static final Set<String> KEYS =
      Set.of(
          "title",
          "summary",
          "topics",
          "audience",
          "jurisdictions",
          "legalForms",
          "lastReviewed",
          "reviewBy",
          "sources",
          "related");

  /** A guide, or everything wrong with the file. */
  record Result(Guide guide, List<String> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  private GuideParser() {}

  static Result parse(String slug, String file) {
    List<String> problems = new ArrayList<>();
    if (!SLUG.matcher(slug).matches()) {
      problems.add(
          "The file name must be lower-case words joined by hyphens, like worker-coops.md.");
    }
    String text = file.replace("\r\n", "\n");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.startsWith("---\n")) {
      return new Result(null, List.of("The file must start with front matter between --- lines."));
    }
    int end = text.indexOf("\n---\n", 3);
    if (end < 0) {
      return new Result(null, List.of("The front matter has no closing --- line."));
    }
    Map<String, Object> front;
    try {
      Object loaded =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end + 1));
      if (!(loaded instanceof Map<?, ?> map)) {
        return new Result(null, List.of("The front matter must be a set of key: value lines."));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> cast = (Map<String, Object>) map;
      front = cast;
    } catch (YAMLException e) {
      return new Result(
          null, List.of("The front matter is not valid YAML: " + firstLine(e.getMessage())));
    }
    for (String key : front.keySet()) {
      if (!KEYS.contains(key)) {
        problems.add("Unknown front matter key \"" + key + "\".");
      }
    }
    FrontMatter fields = new FrontMatter(front, problems);
    String title = fields.text("title", MAX_TITLE);
    String summary = fields.text("summary", MAX_SUMMARY);
    List<String> topics = fields.codes("topics", Vocabulary.TOPICS.keySet(), true);
    List<String> audience = fields.codes("audience", Vocabulary.AUDIENCES.keySet(), true);
    List<String> jurisdictions = fields.list("jurisdictions", false);
    for (String code : jurisdictions) {
      if (!Vocabulary.isJurisdiction(code)) {
        problems.add(
            "Jurisdiction \""
                + code
                + "\" is not an ISO 3166 country code (GB) or a known subdivision (US-CA).");
      }
    }
    List<String> legalForms = fields.list("legalForms", false);
    LocalDate lastReviewed = fields.date("lastReviewed");
    LocalDate reviewBy = fields.date("reviewBy");
    if (lastReviewed != null && reviewBy != null && !reviewBy.isAfter(lastReviewed)) {
      problems.add("reviewBy must come after lastReviewed.");
    }
    List<Guide.Source> sources = fields.sources();
    List<String> related = fields.list("related", false);
    for (String other : related) {
      if (other.equals(slug)) {
        problems.add("A guide cannot be related to itself.");
      }
    }

    Node document = MARKDOWN.parse(text.substring(end + 5));
    Body body = Body.read(document, problems);
    if (body.words < 150) {
      problems.add("The body has " + body.words + " words; a guide needs at least 150.");
    }
    if (!problems.isEmpty()) {
      return new Result(null, List.copyOf(problems));
    }
    String html =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(
                context ->
                    (node, tag, attributes) -> {
                      if (node instanceof Heading && body.ids.containsKey(node)) {
                        attributes.put("id", body.ids.get(node));
                      } else if (node instanceof Link) {
                        String href = attributes.getOrDefault("href", "");
                        if (href.startsWith("/") || href.startsWith("#")) {
                          // Our own pages: no "nofollow" from the URL sanitiser.
                          attributes.remove("rel");
                        } else {
                          attributes.put("rel", "noopener");
                          attributes.put("class", "external");
                        }
                      } else if (node instanceof TableBlock) {
                        attributes.put("class", "guide-table");
                      }
                    })
            .build()
            .render(document);
    html = scrollableTables(html);
    return new Result(
        new Guide(
            slug,
            title,
            summary,
            topics,
            audience,
            jurisdictions,
            legalForms,
            lastReviewed,
            reviewBy,
            sources,
            related,
            html,
            List.copyOf(body.contents),
            body.text.toString().strip(),
            body.words,
            Set.copyOf(body.ids.values()),
            List.copyOf(body.links)),
        List.of());
  }

  private static final Pattern TABLE =
      Pattern.compile("<table class=\"guide-table\">(.*?)</table>", Pattern.DOTALL);
  private static final Pattern HEADER_CELL = Pattern.compile("<th[^>]*>(.*?)</th>", Pattern.DOTALL);

  /**
   * A wide table scrolls sideways inside its own box on a phone rather than widening the page; the
   * box takes keyboard focus and is named by the table's columns, so it can be scrolled without a
   * mouse and a screen reader says what it holds (WCAG 2.1.1).
   */
  static String scrollableTables(String html) {
    return TABLE
        .matcher(html)
        .replaceAll(
            table -> {
              List<String> columns = new ArrayList<>();
              var cells = HEADER_CELL.matcher(table.group(1));
              while (cells.find()) {
                columns.add(cells.group(1).replaceAll("<[^>]*>", "").strip());
              }
              String label = "Table: " + String.join(", ", columns);
              return Matcher.quoteReplacement(
                  "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
                      + label.replace("\"", "&quot;")
                      + "\">"
                      + table.group()
                      + "</div>");
            });
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }

  /** What the Markdown body holds: headings and their ids, links, plain words. */
  private static final class Body extends AbstractVisitor {
    final Map<Node, String> ids = new IdentityHashMap<>();
    final List<Guide.Heading> contents = new ArrayList<>();
    final Set<String> links = new LinkedHashSet<>();
    final StringBuilder text = new StringBuilder();
    final Set<String> used = new LinkedHashSet<>();
    final List<String> problems;
    int words;

    private Body(List<String> problems) {
      this.problems = problems;
    }

    static Body read(Node document, List<String> problems) {
      Body body = new Body(problems);
      document.accept(body);
      body.words =
          body.text.toString().isBlank() ? 0 : body.text.toString().strip().split("\\s+").length;
      return body;
    }

    @Override
    public void visit(Heading heading) {
      String words = plain(heading);
      if (heading.getLevel() == 1) {
        problems.add("\"# " + words + "\": the title is the only first-level heading; use ##.");
      }
      String id =
          words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      if (id.isEmpty()) {
        id = "section";
      }
      String unique = id;
      for (int n = 2; used.contains(unique); n++) {
        unique = id + "-" + n;
      }
      used.add(unique);
      ids.put(heading, unique);
      if (heading.getLevel() <= 3) {
        contents.add(new Guide.Heading(heading.getLevel(), words, unique));
      }
      text.append('\n');
      visitChildren(heading);
      text.append('\n');
    }

    @Override
    public void visit(Paragraph paragraph) {
      visitChildren(paragraph);
      text.append('\n');
    }

    @Override
    public void visit(Text node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(Code code) {
      text.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      text.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      text.append('\n');
    }

    @Override
    public void visit(Link link) {
      String target = link.getDestination();
      if (target.startsWith("/")) {
        links.add(target);
      } else if (!target.startsWith("https://")
          && !target.startsWith("http://")
          && !target.startsWith("mailto:")
          && !target.startsWith("#")) {
        problems.add(
            "Link \"" + target + "\": use /guides/slug for guides, or a full https:// address.");
      }
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      problems.add("Images are not allowed: a page of ours loads nothing from anywhere else.");
    }

    @Override
    public void visit(HtmlBlock html) {
      problems.add("Raw HTML is not allowed (it would be shown as text): write Markdown.");
    }

    @Override
    public void visit(HtmlInline html) {
      problems.add("Raw HTML is not allowed (it would be shown as text): write Markdown.");
    }

    private static String plain(Node node) {
      StringBuilder words = new StringBuilder();
      node.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
              words.append(code.getLiteral());
            }
          });
      return words.toString().strip();
    }
  }

  /** Typed reads of front matter values, each naming what is wrong in the problems list. */
  private record FrontMatter(Map<String, Object> values, List<String> problems) {

    String text(String key, int max) {
      Object value = values.get(key);
      if (!(value instanceof String text) || text.isBlank()) {
        problems.add(key + " is required and must be text.");
        return "";
      }
      if (text.strip().length() > max) {
        problems.add(key + " is " + text.strip().length() + " characters; at most " + max + ".");
      }
      return text.strip();
    }

    List<String> list(String key, boolean required) {
      Object value = values.get(key);
      if (value == null) {
        if (required || !values.containsKey(key)) {
          problems.add(key + " is required (a list; [] when there is nothing to list).");
        }
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        problems.add(key + " must be a list, like [a, b].");
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String text) || text.isBlank()) {
          problems.add(key + " must hold only words, not " + item + ".");
        } else {
          items.add(text.strip());
        }
      }
      if (required && items.isEmpty()) {
        problems.add(key + " needs at least one value.");
      }
      return List.copyOf(items);
    }

    List<String> codes(String key, Set<String> allowed, boolean required) {
      List<String> codes = list(key, required);
      for (String code : codes) {
        if (!allowed.contains(code)) {
          problems.add(
              key + ": \"" + code + "\" is not one of " + String.join(", ", allowed) + ".");
        }
      }
      return codes;
    }

    LocalDate date(String key) {
      Object value = values.get(key);
      try {
        if (value instanceof Date date) {
          return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
          return LocalDate.parse(text.strip());
        }
      } catch (DateTimeParseException e) {
        // named below
      }
      problems.add(key + " is required, as a date like 2026-11-20.");
      return null;
    }

    List<Guide.Source> sources() {
      Object value = values.get("sources");
      if (!(value instanceof List<?> list) || list.isEmpty()) {
        problems.add(
            "sources is required: the official pages the guide's facts were checked against.");
        return List.of();
      }
      List<Guide.Source> sources = new ArrayList<>();
      for (Object item : list) {
        if (item instanceof Map<?, ?> map
            && map.get("title") instanceof String title
            && map.get("url") instanceof String url
            && !title.isBlank()) {
          if (!url.startsWith("https://") && !url.startsWith("http://")) {
            problems.add("Source \"" + title + "\" needs a full web address, not " + url + ".");
          }
          sources.add(new Guide.Source(title.strip(), url.strip()));
        } else {
          problems.add("Each source needs a title and a url.");
        }
      }
      return List.copyOf(sources);
    }
  }
}
