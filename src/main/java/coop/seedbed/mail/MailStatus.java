package coop.seedbed.mail;

/** Where a message is in its life; only the sender moves it past {@code PENDING}. */
enum MailStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
