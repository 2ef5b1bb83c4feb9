/**
 * The HTTP seam between the features and the web shell: who is calling (client address), the
 * session's anti-forgery token, the problem+json document and its types, and the helpers that run a
 * use case for a Faces page. Features use it; {@code web} builds on it; it knows no feature.
 */
package coop.seedbed.http;
