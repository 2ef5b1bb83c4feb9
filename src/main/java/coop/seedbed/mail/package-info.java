/**
 * Outgoing mail: the outbox table that a user action writes to in its own transaction, the
 * templates that give every mail a plain-text and an HTML part, and the scheduled sender that
 * delivers by SMTP (or to .eml files when no SMTP host is configured) with retries, never twice.
 */
package coop.seedbed.mail;
