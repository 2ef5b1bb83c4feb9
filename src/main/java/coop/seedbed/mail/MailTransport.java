package coop.seedbed.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where built messages go: an SMTP server, or files on disk when none is configured. */
interface MailTransport {

  /** The mail session that messages for this transport are built in. */
  Session session();

  void deliver(MimeMessage message) throws MessagingException;

  /** How this transport is described in the start-up log. */
  String describe();
}
