package coop.seedbed.mail;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.LogRecords;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the mail sender writes to the log names no person: no address, no name from a subject. */
class MailLogTest {

  @TempDir Path directory;

  @Test
  void theFileTransport_logsWhereTheMailIs_butNotItsSubject() throws Exception {
    FileTransport transport = new FileTransport(directory);
    MimeMessage message = new MimeMessage(transport.session());
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("ada@example.org"));
    message.setSubject("Your call with Ada Lovelace is booked");
    message.setText("Hello");
    message.saveChanges();

    List<String> lines;
    try (LogRecords log = LogRecords.of(FileTransport.class)) {
      transport.deliver(message);
      lines = log.atLeast(Level.INFO).stream().map(LogRecord::getMessage).toList();
    }

    try (var files = Files.list(directory)) {
      assertThat(files).hasSize(1);
    }
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("Ada", "ada@"));
  }

  @Test
  void aRefusedAddress_isDescribedWithoutTheAddress() {
    SendFailedException refused =
        new SendFailedException(
            "Invalid Addresses",
            new MessagingException("550 5.1.1 <ada@example.org>: Recipient address rejected"));

    String described = OutboxSender.describe(refused);

    assertThat(described).contains("550 5.1.1").doesNotContain("ada@example.org");
  }
}
