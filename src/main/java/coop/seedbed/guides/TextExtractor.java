package coop.seedbed.guides;

import coop.seedbed.shared.Incidents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of an uploaded document with Apache Tika, within limits: the file's type is
 * decided from its bytes (never its name) and must be one we accept; parsing runs on a worker
 * thread given a deadline; at most {@code maxChars} characters are kept; PDF parsing keeps at most
 * a fixed amount of the file in memory. Every way a file can fail ends in a plain reason a person
 * can act on, never an exception.
 */
public final class TextExtractor {

  /** The types we accept, as detected, and how people call them. */
  static final Map<String, String> ACCEPTED =
      Map.ofEntries(
          Map.entry("application/pdf", "PDF"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "Word document (DOCX)"),
          Map.entry("application/msword", "Word document (DOC)"),
          Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)"),
          Map.entry("application/rtf", "RTF document"),
          Map.entry("text/html", "web page (HTML)"),
          Map.entry("application/xhtml+xml", "web page (XHTML)"),
          Map.entry("text/plain", "plain text"));

  /** How each accepted type reads in a sentence ("its contents are ..."). */
  private static final Map<String, String> PHRASES =
      Map.of(
          "application/pdf", "a PDF",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "a Word document (DOCX)",
          "application/msword", "a Word document (DOC)",
          "application/vnd.oasis.opendocument.text", "an OpenDocument text (ODT)",
          "application/rtf", "an RTF document",
          "text/html", "a web page (HTML)",
          "application/xhtml+xml", "a web page (XHTML)",
          "text/plain", "plain text");

  /** Containers that are Word or ODT files locked with a password: accepted, to say so plainly. */
  static final Map<String, String> PROTECTED =
      Map.of(
          "application/x-tika-ooxml-protected", "Word document (DOCX)",
          "application/x-tika-msoffice", "Office document");

  /** What a file name's ending promises, so a file whose bytes say otherwise can be named. */
  private static final Map<String, String> NAMED =
      Map.of(
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "doc", "application/msword",
          "odt", "application/vnd.oasis.opendocument.text",
          "rtf", "application/rtf");

  private static final long PDF_MEMORY_BYTES = 64L * 1024 * 1024;

  /** Fewer letters than this is no text: what a scanned page yields is page numbers at most. */
  private static final int MIN_LETTERS = 3;

  /** When embedded parts could not be read, what is left must be more than a stray header. */
  private static final int MIN_LETTERS_WITH_BROKEN_PARTS = 200;

  /** How reading ended. */
  public enum Outcome {
    READ,
    FAILED
  }

  /**
   * What reading a file gave.
   *
   * @param text the text when read (possibly cut at the limit), else empty
   * @param reason why there is no text, or what was left out; null when all is well
   */
  public record Extraction(Outcome outcome, String text, String reason) {
    static Extraction failed(String reason) {
      return new Extraction(Outcome.FAILED, "", reason);
    }
  }

  private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

  private final TikaConfig config;
  private final Detector detector;
  private final Parser parser;
  private final int maxChars;
  private final Duration timeout;

  public TextExtractor(int maxChars, Duration timeout) {
    this(maxChars, timeout, null);
  }

  /** With a parser of the test's own instead of Tika's, when {@code parser} is not null. */
  TextExtractor(int maxChars, Duration timeout, Parser parser) {
    try {
      this.config = new TikaConfig(TextExtractor.class.getClassLoader());
    } catch (TikaException | IOException e) {
      throw new IllegalStateException("Apache Tika cannot start", e);
    }
    this.detector = config.getDetector();
    this.parser = parser != null ? parser : new AutoDetectParser(config);
    this.maxChars = maxChars;
    this.timeout = timeout;
  }

  /**
   * The media type the bytes are, ignoring any name. Text that turns out, once its character set is
   * known, to be an HTML page (a UTF-16 page has no byte pattern to spot) counts as HTML.
   */
  public String detect(byte[] bytes) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      String type = detector.detect(in, new Metadata()).getBaseType().toString();
      if (type.equals("text/plain") && looksLikeHtml(bytes)) {
        return "text/html";
      }
      return type;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean looksLikeHtml(byte[] bytes) {
    try (AutoDetectReader reader =
        new AutoDetectReader(
            new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 4096)),
            new Metadata(),
            config.getEncodingDetector())) {
      char[] start = new char[1024];
      int n = reader.read(start);
      String text = n <= 0 ? "" : new String(start, 0, n).strip().toLowerCase(Locale.ROOT);
      return text.startsWith("<!doctype html") || text.startsWith("<html");
    } catch (IOException | TikaException e) {
      return false;
    }
  }

  /**
   * Why a file of this detected type and name cannot be taken, or null when it can. A file whose
   * name promises a Word, ODT, RTF or PDF file but whose bytes are something else is refused rather
   * than read as that something else: it was almost always damaged or mis-saved.
   */
  public static String refusal(String mediaType, String fileName) {
    String extension = extension(fileName);
    String promised = NAMED.get(extension);
    if (promised != null
        && !promised.equals(mediaType)
        && !(PROTECTED.containsKey(mediaType) && extension.startsWith("doc"))) {
      return "This file is named ."
          + extension
          + ", but its contents are "
          + describe(mediaType)
          + ", not "
          + PHRASES.get(promised)
          + ". It may be damaged or saved in another format: open it, save it again as "
          + PHRASES.get(promised)
          + " and upload the new copy.";
    }
    if (ACCEPTED.containsKey(mediaType) || PROTECTED.containsKey(mediaType)) {
      return null;
    }
    return "Seedbed takes PDF, Word (DOCX or DOC), OpenDocument text (ODT), RTF, HTML and plain"
        + " text files; this file is "
        + describe(mediaType)
        + ".";
  }

  static String describe(String mediaType) {
    String known = PHRASES.get(mediaType);
    if (known != null) {
      return known;
    }
    return switch (mediaType) {
      case "application/zip" -> "a ZIP archive";
      case "application/octet-stream" -> "of a type we cannot recognise";
      case "image/png", "image/jpeg", "image/gif", "image/webp" -> "an image (" + mediaType + ")";
      default -> "of type " + mediaType;
    };
  }

  private static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Reads the text on a thread of {@code pool}, giving up at the deadline. */
  public Extraction extract(byte[] bytes, String mediaType, ExecutorService pool) {
    if (bytes.length == 0) {
      return Extraction.failed("The file is empty: it has no bytes at all.");
    }
    if (PROTECTED.containsKey(mediaType)) {
      return Extraction.failed(lockedReason(PROTECTED.get(mediaType)));
    }
    Future<Extraction> running = pool.submit(() -> read(bytes, mediaType));
    try {
      return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      return Extraction.failed(
          "Reading this file took longer than "
              + timeout.toSeconds()
              + " seconds, so we stopped. It may be damaged or unusually complex; saving it again"
              + " (or as a PDF) and uploading the new copy usually helps.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.cancel(true);
      return Extraction.failed("Reading was interrupted as Seedbed stopped; try again.");
    } catch (ExecutionException e) {
      return fault(mediaType, e.getCause());
    }
  }

  private Extraction read(byte[] original, String mediaType) {
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    Metadata metadata = new Metadata();
    byte[] bytes = original;
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    if (mediaType.startsWith("text/") || mediaType.equals("application/xhtml+xml")) {
      // Decode text once, with Tika's character-set detection over the whole file, and hand the
      // parser UTF-8: a page in UTF-16 without a byte-order mark is otherwise read as nothing.
      try (AutoDetectReader reader =
          new AutoDetectReader(
              new ByteArrayInputStream(original), new Metadata(), config.getEncodingDetector())) {
        StringBuilder decoded = new StringBuilder();
        char[] chunk = new char[8192];
        for (int n = reader.read(chunk); n != -1; n = reader.read(chunk)) {
          decoded.append(chunk, 0, n);
        }
        bytes = decoded.toString().getBytes(StandardCharsets.UTF_8);
        metadata.set(Metadata.CONTENT_TYPE, mediaType + "; charset=UTF-8");
      } catch (IOException | TikaException e) {
        return Extraction.failed(damaged(mediaType));
      }
    }
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setMaxMainMemoryBytes(PDF_MEMORY_BYTES);
    pdf.setExtractInlineImages(false);
    pdf.setDetectAngles(true); // text on rotated pages comes out as words, not letters
    context.set(PDFParserConfig.class, pdf);
    context.set(Parser.class, parser); // also read text of documents attached inside documents
    boolean cut = false;
    try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
      parser.parse(in, handler, metadata, context);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        cut = true;
      } else {
        return Extraction.failed(damaged(mediaType));
      }
    } catch (EncryptedDocumentException e) {
      return Extraction.failed(lockedReason(ACCEPTED.getOrDefault(mediaType, "file")));
    } catch (ZeroByteFileException e) {
      return Extraction.failed("The file is empty: it has no bytes at all.");
    } catch (TikaException e) {
      if (causedBy(e, EncryptedDocumentException.class)
          || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("password")) {
        return Extraction.failed(lockedReason(ACCEPTED.getOrDefault(mediaType, "file")));
      }
      // Tika wraps what a parser throws unexpectedly: a fault in the reader, not in the file.
      if (e.getCause() instanceof RuntimeException) {
        return fault(mediaType, e);
      }
      return Extraction.failed(damaged(mediaType));
    } catch (IOException e) {
      return Extraction.failed(damaged(mediaType));
    } catch (RuntimeException e) {
      return fault(mediaType, e);
    }
    String text =
        handler
            .toString()
            .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
            .replaceAll("\\n\\s*\\n\\s*\\n+", "\n\n")
            .strip();
    boolean embeddedFailed = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION) != null;
    int letters = countLetters(text, MIN_LETTERS_WITH_BROKEN_PARTS);
    if (embeddedFailed && letters < MIN_LETTERS_WITH_BROKEN_PARTS) {
      return Extraction.failed(
          "No text could be read: this document's own pages hold almost nothing, and the objects"
              + " embedded in it (other documents, charts) could not be read. Copy its content into"
              + " a new document and upload that.");
    }
    if (letters < MIN_LETTERS) {
      Integer pages = metadata.getInt(PagedText.N_PAGES);
      if (mediaType.equals("application/pdf") && pages != null && pages > 0) {
        return Extraction.failed(
            "This PDF is scanned images; no text could be read. Upload a copy with a text layer"
                + " (most scanners and office programs can save one), or the original document.");
      }
      return Extraction.failed(
          "No text could be read from this file: it seems to be empty, or holds only pictures.");
    }
    if (cut) {
      return new Extraction(
          Outcome.READ,
          text,
          "Only the first "
              + String.format(Locale.ROOT, "%,d", maxChars)
              + " characters of this document can be searched.");
    }
    return new Extraction(Outcome.READ, text, null);
  }

  private static String lockedReason(String kind) {
    return "This "
        + kind
        + " is protected by a password, so its text cannot be read. Upload a copy saved without"
        + " the password.";
  }

  /**
   * A reader that failed by a fault of its own, which the file may or may not have provoked: logged
   * with its trace, and the uploader told the incident's id rather than that the file is damaged.
   */
  private static Extraction fault(String mediaType, Throwable fault) {
    String incident = Incidents.log(LOG, "Reading a file of type " + mediaType + " failed", fault);
    return Extraction.failed(
        "Seedbed could not read this file as "
            + describe(mediaType)
            + " because of a fault in its reader, which the file may have set off; we logged it as"
            + " incident "
            + incident
            + ". Saving the file again (or as a PDF) and uploading the new copy may get round it.");
  }

  private static String damaged(String mediaType) {
    return "This file seems to be damaged: it could not be read as "
        + describe(mediaType)
        + ". Open it, save it again and upload the new copy.";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The letters in the text, counting no further than {@code enough}. */
  private static int countLetters(String text, int enough) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < enough; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
