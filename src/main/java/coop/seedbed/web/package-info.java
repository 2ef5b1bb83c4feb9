/**
 * The shell on top of the features: the JAX-RS application under {@code /api}, the one problem+json
 * mapper, security headers, the anti-forgery filter, rate limits for anonymous writes, health
 * checks, and the error pages. Nothing outside this package depends on it (WebOnTopTest checks).
 */
package coop.seedbed.web;
