package coop.seedbed.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Writes each mail as an {@code .eml} file, for the embedded default where no SMTP server exists: a
 * developer opens the file in a mail program. The log names the file only at INFO; subjects carry
 * people's names, so they are logged at FINE.
 */
class FileTransport implements MailTransport {

  private static final Logger LOG = Logger.getLogger(FileTransport.class.getName());

  private final Session session = Session.getInstance(new Properties());
  private final Path directory;

  FileTransport(Path directory) {
    this.directory = directory;
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public void deliver(MimeMessage message) throws MessagingException {
    try {
      Files.createDirectories(directory);
      String name = message.getMessageID().replaceAll("[^A-Za-z0-9.@-]", "") + ".eml";
      // Written under a temporary name and moved, so nobody ever opens half a mail.
      Path partial = Files.createTempFile(directory, "sending-", ".part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        message.writeTo(out);
      }
      Path file = Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      LOG.info(() -> "Mail written to " + file.getFileName());
      LOG.fine(() -> file.getFileName() + ": " + subjectOf(message));
    } catch (IOException e) {
      throw new MessagingException("could not write mail to " + directory, e);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "(no subject)";
    }
  }

  @Override
  public String describe() {
    return ".eml files in " + directory.toAbsolutePath();
  }
}
