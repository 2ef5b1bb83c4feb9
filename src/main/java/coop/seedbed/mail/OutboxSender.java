package coop.seedbed.mail;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Delivers the outbox on a schedule. A message is claimed before it is sent, so it goes out once
 * even with several instances; a failed attempt is retried with doubling back-off until {@code
 * seedbed.mail.max-attempts}, and then kept as failed with its last error.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 25;
  static final Duration LEASE = Duration.ofMinutes(5);
  private static final Duration LONGEST_BACKOFF = Duration.ofHours(6);
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'`(),;:]+@[^\\s<>\"'`(),;:]+");

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "seedbed.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "seedbed.mail.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "seedbed.mail.smtp.port")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "seedbed.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "seedbed.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "seedbed.mail.smtp.tls")
  String smtpTls;

  @Inject
  @ConfigProperty(name = "seedbed.mail.smtp.timeout")
  Duration smtpTimeout;

  @Inject
  @ConfigProperty(name = "seedbed.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "seedbed.mail.poll-interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "seedbed.mail.max-attempts")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "seedbed.mail.retry-backoff")
  Duration retryBackoff;

  @Inject
  @ConfigProperty(name = "seedbed.mail.keep-sent")
  Duration keepSent;

  MailTransport transport;
  Counter sent;
  Counter failedAttempts;
  private final WakeableLoop loop = new WakeableLoop();
  private final Queue<Unrecorded> unrecorded = new ConcurrentLinkedQueue<>();

  void start(@Observes SchemaReady ready) {
    transport =
        smtpHost
            .<MailTransport>map(
                host ->
                    new SmtpTransport(host, smtpPort, smtpUser, smtpPassword, smtpTls, smtpTimeout))
            .orElseGet(() -> new FileTransport(Path.of(dataDir, "mail")));
    // Every metric says what it counts: Prometheus parsers stop at an empty HELP line.
    sent =
        metrics.counter(
            Metadata.builder()
                .withName("seedbed.mail.sent")
                .withDescription("Mails handed to the SMTP server or written as .eml files")
                .build());
    failedAttempts =
        metrics.counter(
            Metadata.builder()
                .withName("seedbed.mail.failed-attempts")
                .withDescription(
                    "Attempts to send a mail that failed; each is retried later, up to"
                        + " seedbed.mail.max-attempts")
                .build());
    LOG.info(() -> "Mail goes to " + transport.describe());
    loop.start(threads, "seedbed-mail-sender", pollInterval, this::deliverDue);
    loop.wake(); // the first pass at once, for mail left from before a restart
  }

  @PreDestroy
  void stop() {
    loop.stop();
  }

  /**
   * A test deployment's clock moved: after the other clockwork has written what fell due (it
   * observes at an earlier priority), the outbox is delivered at the new time, now.
   */
  void clockMoved(@Observes @Priority(ClockMoved.MAIL) ClockMoved moved) {
    if (transport != null) {
      deliverDue();
    }
  }

  /**
   * One pass over the outbox; never throws, so the schedule keeps running. Passes are one at a
   * time, so that a test clock's move, which runs one beside the schedule's, answers only once the
   * mail due at the new time has gone.
   */
  synchronized void deliverDue() {
    try {
      recordUnrecorded();
      outbox.releaseExpiredClaims();
      // One message at a time, each leased from the moment it is claimed: leased from the start
      // of a pass that meets a slow server, a message could be put back by another instance while
      // this one still sends it, and go out twice.
      for (int i = 0; i < BATCH; i++) {
        Optional<OutboxMessage> claimed = outbox.claimNext(OffsetDateTime.now(clock), LEASE);
        if (claimed.isEmpty()) {
          break;
        }
        attempt(claimed.get());
      }
      outbox.purgeSentBefore(OffsetDateTime.now(clock).minus(keepSent));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail delivery pass failed; it runs again shortly", e);
    }
  }

  /**
   * Records the deliveries whose record failed in an earlier pass, while their claim still holds: a
   * mail the server accepted stays claimed (never put back to be sent again) until its lease runs
   * out, and is recorded as sent as soon as the database answers again.
   */
  private void recordUnrecorded() {
    for (Unrecorded delivery; (delivery = unrecorded.peek()) != null; ) {
      Unrecorded done = delivery;
      if (!outbox.markSent(
          done.id(), done.attempt(), done.messageId(), OffsetDateTime.now(clock))) {
        LOG.warning(
            () -> "Mail " + done.id() + " was sent after its claim had lapsed; not recorded");
      }
      unrecorded.poll();
    }
  }

  private void attempt(OutboxMessage message) {
    MimeMessage mime;
    try {
      mime = build(message, transport.session());
      transport.deliver(mime);
    } catch (AddressException | SendFailedException e) {
      // The address itself is refused: trying again will not help.
      failedAttempts.inc();
      LOG.warning(() -> "Mail " + message.id + " refused for good: " + describe(e));
      outbox.markFailed(message.id, message.attempts, describe(e), Optional.empty());
      return;
    } catch (MessagingException | RuntimeException e) {
      failedAttempts.inc();
      Optional<OffsetDateTime> retry = retryAt(message.attempts);
      LOG.warning(
          () ->
              "Mail "
                  + message.id
                  + " attempt "
                  + message.attempts
                  + " failed ("
                  + describe(e)
                  + ")"
                  + retry.map(at -> ", retrying at " + at).orElse(", giving up"));
      outbox.markFailed(message.id, message.attempts, describe(e), retry);
      return;
    }
    sent.inc();
    recordSent(message, mime);
  }

  /**
   * The server has the mail: from here a failure must not schedule it again. If the database does
   * not answer, the delivery is kept and recorded at the start of the next pass (the claim, a lease
   * of {@link #LEASE} by the database's clock, keeps others off it meanwhile); only if the database
   * stays away longer than the lease, or this instance dies first, does the mail go once more,
   * which is the most a database outage at that moment can cost.
   */
  private void recordSent(OutboxMessage message, MimeMessage mime) {
    String messageId;
    try {
      messageId = mime.getMessageID();
    } catch (MessagingException e) {
      messageId = null;
    }
    Unrecorded delivery = new Unrecorded(message.id, message.attempts, messageId);
    try {
      if (!outbox.markSent(
          delivery.id(), delivery.attempt(), messageId, OffsetDateTime.now(clock))) {
        LOG.warning(
            () -> "Mail " + message.id + " was sent after its claim had lapsed; not recorded");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail " + message.id + " was sent; recording it is tried again", e);
      unrecorded.add(delivery);
    }
  }

  /** A delivery the server accepted and the database has not recorded yet. */
  private record Unrecorded(long id, int attempt, String messageId) {}

  Optional<OffsetDateTime> retryAt(int attemptsSoFar) {
    if (attemptsSoFar >= maxAttempts) {
      return Optional.empty();
    }
    Duration wait = retryBackoff.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
    if (wait.compareTo(LONGEST_BACKOFF) > 0) {
      wait = LONGEST_BACKOFF;
    }
    return Optional.of(OffsetDateTime.now(clock).plus(wait));
  }

  /**
   * The failure in a line for the log and the outbox, without the addresses a mail server quotes
   * when it refuses one ("550 &lt;ada@example.org&gt;: rejected"): the outbox row names the
   * recipient already, and the log must name nobody.
   */
  static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    String described =
        root == e
            ? text
            : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    return ADDRESS.matcher(described).replaceAll("(address)");
  }

  /**
   * Builds the MIME message: text and HTML as alternatives, a calendar invite also as an
   * alternative (which is where mail programs look for it) and as a file, and a Message-ID derived
   * from the outbox id so that a receiving server can recognise a retry.
   */
  private MimeMessage build(OutboxMessage message, Session session) throws MessagingException {
    String messageId = "<seedbed-" + message.id + "@" + domainOf(from) + ">";
    MimeMessage mime =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    mime.setFrom(new InternetAddress(from, true));
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient, true));
    mime.setSubject(message.subject, StandardCharsets.UTF_8.name());
    mime.setSentDate(new Date());
    mime.setHeader("Auto-Submitted", "auto-generated");

    MimeMultipart alternatives = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.textBody, StandardCharsets.UTF_8.name(), "plain");
    alternatives.addBodyPart(text);
    if (message.htmlBody != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(message.htmlBody, StandardCharsets.UTF_8.name(), "html");
      alternatives.addBodyPart(html);
    }
    for (OutboxAttachment attachment : message.attachments) {
      if (attachment.contentType.startsWith("text/calendar")) {
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setContent(attachment.content, withCharset(attachment.contentType));
        alternatives.addBodyPart(calendar);
      }
    }
    if (message.attachments.isEmpty()) {
      mime.setContent(alternatives);
    } else {
      Multipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternatives);
      mixed.addBodyPart(body);
      for (OutboxAttachment attachment : message.attachments) {
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(attachment.content, withCharset(attachment.contentType));
        file.setFileName(attachment.fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(file);
      }
      mime.setContent(mixed);
    }
    mime.saveChanges();
    return mime;
  }

  private static String withCharset(String contentType) {
    return contentType.contains("charset") ? contentType : contentType + "; charset=UTF-8";
  }

  private static String domainOf(String address) {
    try {
      String plain = new InternetAddress(address).getAddress();
      return plain.substring(plain.indexOf('@') + 1);
    } catch (AddressException e) {
      return "seedbed.localhost";
    }
  }
}
