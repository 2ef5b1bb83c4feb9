package coop.seedbed.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) inside the test JVM that the application under test sends to.
 * Tests use fresh addresses from {@link #newAddress} and wait for their mail, so they never see
 * each other's.
 */
public final class Mailbox {

  private Mailbox() {}

  private static GreenMail server;

  /**
   * The one SMTP server of this test JVM, started on first use and kept until the JVM ends: every
   * deployment sends to the same port, and a mail sent while no server listened is retried.
   */
  private static synchronized GreenMail server() {
    if (server == null) {
      int port = Integer.getInteger("it.smtp.port", 3925);
      ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      setup.setServerStartupTimeout(10_000);
      server = new GreenMail(setup);
      server.start();
    }
    return server;
  }

  /** Starts the server now, before the application under test first sends. */
  public static void start() {
    server();
  }

  /**
   * Stops the server, as if the mail host were down, until {@link #start} starts a fresh one on the
   * same port; what the stopped one received is gone with it.
   */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public static String newAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }

  /** Waits for the first mail to {@code to} whose subject contains {@code subject}. */
  public static MimeMessage await(String to, String subject) {
    MimeMessage[] found = new MimeMessage[1];
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              found[0] = find(to, subject);
              return found[0] != null;
            });
    return found[0];
  }

  public static List<MimeMessage> all(String to) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(to))
        .toList();
  }

  private static MimeMessage find(String to, String subject) throws MessagingException {
    for (MimeMessage message : server().getReceivedMessages()) {
      if (recipient(message).equalsIgnoreCase(to) && message.getSubject().contains(subject)) {
        return message;
      }
    }
    return null;
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part of a mail. */
  public static String text(MimeMessage message) {
    try {
      return partOf(message.getContent(), message.getContentType(), "text/plain");
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The HTML part of a mail, or null when it has none. */
  public static String html(MimeMessage message) {
    try {
      return partOf(message.getContent(), message.getContentType(), "text/html");
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String partOf(Object content, String type, String wanted)
      throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        String found = partOf(part.getContent(), part.getContentType(), wanted);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return type.toLowerCase().startsWith(wanted) ? content.toString() : null;
  }

  /** The token of the first link in {@code text} whose path is {@code path}. */
  public static String token(String text, String path) {
    Matcher matcher =
        Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("no " + path + " link in:\n" + text);
    }
    return matcher.group(1);
  }
}
