/**
 * What every feature shares and nothing more: the business exceptions that the web layer turns into
 * problem+json or page messages, the application clock, and the in-memory rate limiter that use
 * cases call. Nothing here knows HTTP; features never depend on each other through this package.
 */
package coop.seedbed.shared;
