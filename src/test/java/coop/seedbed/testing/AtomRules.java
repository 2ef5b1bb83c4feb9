package coop.seedbed.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What RFC 4287 requires of an Atom feed and its entries, as a feed reader relies on it: one id (an
 * absolute IRI), one title and one updated time (an RFC 3339 date-time) on the feed and on every
 * entry, an author on the feed or on every entry, a link to itself, and an entry without content
 * linking to where it is.
 */
public final class AtomRules {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** RFC 3339's date-time: seconds always, a fraction optional, Z or an offset. */
  private static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private AtomRules() {}

  public static List<String> problems(Document feed) {
    List<String> problems = new ArrayList<>();
    Element root = feed.getDocumentElement();
    if (!ATOM.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) {
      problems.add("the document is not an atom:feed");
      return problems;
    }
    checkCommon(root, "feed", problems);
    boolean feedHasAuthor = !children(root, "author").isEmpty();
    if (children(root, "link").stream().noneMatch(l -> "self".equals(l.getAttribute("rel")))) {
      problems.add("feed: no link rel=self (RFC 4287 4.1.1 recommends one)");
    }
    List<Element> entries = children(root, "entry");
    for (int i = 0; i < entries.size(); i++) {
      Element entry = entries.get(i);
      String where = "entry " + (i + 1);
      checkCommon(entry, where, problems);
      if (!feedHasAuthor && children(entry, "author").isEmpty()) {
        problems.add(where + ": no author, and the feed has none (4.1.2)");
      }
      boolean hasContent = !children(entry, "content").isEmpty();
      boolean hasAlternate =
          children(entry, "link").stream()
              .anyMatch(
                  l ->
                      l.getAttribute("rel").isEmpty() || "alternate".equals(l.getAttribute("rel")));
      if (!hasContent && !hasAlternate) {
        problems.add(where + ": neither content nor an alternate link (4.1.2)");
      }
    }
    return problems;
  }

  private static void checkCommon(Element element, String where, List<String> problems) {
    List<Element> ids = children(element, "id");
    if (ids.size() != 1) {
      problems.add(where + ": " + ids.size() + " atom:id, exactly one needed");
    } else {
      try {
        if (!URI.create(ids.get(0).getTextContent().strip()).isAbsolute()) {
          problems.add(where + ": atom:id is not an absolute IRI");
        }
      } catch (IllegalArgumentException e) {
        problems.add(where + ": atom:id is not an IRI: " + ids.get(0).getTextContent());
      }
    }
    if (children(element, "title").size() != 1) {
      problems.add(where + ": exactly one atom:title needed");
    }
    List<Element> updated = children(element, "updated");
    if (updated.size() != 1) {
      problems.add(where + ": exactly one atom:updated needed");
    } else {
      String time = updated.get(0).getTextContent().strip();
      if (!RFC_3339.matcher(time).matches()) {
        problems.add(where + ": atom:updated is not an RFC 3339 date-time: " + time);
      }
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }
}
