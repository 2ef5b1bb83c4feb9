package coop.seedbed.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Delivers to the configured SMTP server, with timeouts so a hung server cannot hold the sender.
 */
class SmtpTransport implements MailTransport {

  private final Session session;
  private final String description;

  SmtpTransport(
      String host,
      int port,
      Optional<String> user,
      Optional<String> password,
      String tls,
      Duration timeout) {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    String millis = String.valueOf(timeout.toMillis());
    props.put("mail.smtp.connectiontimeout", millis);
    props.put("mail.smtp.timeout", millis);
    props.put("mail.smtp.writetimeout", millis);
    switch (tls) {
      case "ssl" -> {
        props.put("mail.smtp.ssl.enable", "true");
        props.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "starttls" -> {
        // Used when the server offers it; "starttls-required" refuses servers that do not.
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "starttls-required" -> {
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "none" -> {}
      default ->
          throw new IllegalArgumentException(
              "seedbed.mail.smtp.tls must be none, starttls, starttls-required or ssl, not " + tls);
    }
    Authenticator authenticator = null;
    if (user.isPresent()) {
      props.put("mail.smtp.auth", "true");
      String name = user.get();
      String secret = password.orElse("");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(name, secret);
            }
          };
    }
    this.session = Session.getInstance(props, authenticator);
    this.description = "SMTP " + host + ":" + port + " (tls " + tls + ")";
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public void deliver(MimeMessage message) throws MessagingException {
    Transport.send(message);
  }

  @Override
  public String describe() {
    return description;
  }
}
