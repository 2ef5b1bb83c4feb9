/**
 * What every feature shares and nothing more: the business exceptions that the web layer turns into
 * problem+json or page messages, and the application clock. Features never depend on each other
 * through this package.
 */
package coop.seedbed.shared;
