package coop.seedbed.directory;

import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public directory in open formats: JSON Lines and CSV of every published listing (streamed in
 * chunks, so 100,000 listings never sit in memory at once), an Atom feed of new listings, and each
 * listing as JSON-LD and as a Murmurations profile. None of them carries a private email.
 */
@ApplicationScoped
public class OpenData {

  private static final int CHUNK = 1000;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @Inject Organisations organisations;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  public void writeJsonLines(Writer out) throws IOException {
    long last = 0;
    List<Organisation> chunk;
    do {
      chunk = organisations.publishedAfter(last, CHUNK);
      for (Organisation org : chunk) {
        out.write(OrganisationJson.of(org, baseUrl).toString());
        out.write('\n');
        last = org.id;
      }
      out.flush();
    } while (chunk.size() == CHUNK);
  }

  public void writeCsv(Writer out) throws IOException {
    out.write(OrganisationCsv.header());
    long last = 0;
    List<Organisation> chunk;
    do {
      chunk = organisations.publishedAfter(last, CHUNK);
      for (Organisation org : chunk) {
        out.write(OrganisationCsv.row(org, baseUrl));
        last = org.id;
      }
      out.flush();
    } while (chunk.size() == CHUNK);
  }

  /** The 50 newest listings as an Atom feed. */
  public void writeAtom(OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      List<Organisation> recent = organisations.recentlyPublished(50);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "title", "New on Seedbed's co-op directory");
      element(xml, "id", baseUrl + "/feeds/organisations.atom");
      element(
          xml,
          "updated",
          rfc3339(
              recent.isEmpty()
                  ? OffsetDateTime.parse("2026-01-01T00:00:00Z")
                  : recent.get(0).publishedAt));
      link(xml, baseUrl + "/feeds/organisations.atom", "self");
      link(xml, baseUrl + "/coops", "alternate");
      xml.writeStartElement("author");
      element(xml, "name", "Seedbed");
      xml.writeEndElement();
      for (Organisation org : recent) {
        String page = baseUrl + "/coops/" + org.slug;
        xml.writeStartElement("entry");
        element(xml, "title", org.name);
        element(xml, "id", page);
        element(xml, "updated", rfc3339(org.publishedAt));
        element(xml, "published", rfc3339(org.publishedAt));
        link(xml, page, "alternate");
        xml.writeStartElement("category");
        xml.writeAttribute("term", org.kind.code());
        xml.writeAttribute("label", org.kind.label());
        xml.writeEndElement();
        element(xml, "summary", summary(org));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private static String summary(Organisation org) {
    StringBuilder text = new StringBuilder(org.kind.label());
    if (org.city != null || org.country != null) {
      text.append(" in ").append(org.city != null ? org.city : "");
      if (org.country != null) {
        text.append(org.city != null ? ", " : "").append(Countries.name(org.country));
      }
    }
    text.append('.');
    if (org.description != null) {
      String description = org.description.strip();
      text.append(' ')
          .append(description.length() > 300 ? description.substring(0, 297) + "..." : description);
    }
    // XML 1.0 cannot carry most control characters, whatever their escaping.
    return text.toString().replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("href", href);
    xml.writeAttribute("rel", rel);
  }

  public String jsonLd(String slug) {
    Organisation org = organisations.getBySlug(slug);
    return org.isPublished() ? OrganisationJsonLd.of(org, baseUrl) : null;
  }

  public JsonObject murmurations(String slug) {
    Organisation org = organisations.getBySlug(slug);
    if (!org.isPublished()) {
      throw new NotFoundException("There is no listing at /coops/" + slug + ".");
    }
    return OrganisationMurmurations.of(org, baseUrl);
  }

  /**
   * Atom dates are RFC 3339, which always has seconds; {@code OffsetDateTime.toString()} leaves
   * them out on a whole minute ("2026-01-01T00:00Z"), which strict feed readers refuse.
   */
  static String rfc3339(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }
}
