/**
 * What every page and API call goes through: the JAX-RS application under {@code /api}, the one
 * problem+json mapper, security headers, anti-forgery tokens, rate limits for anonymous writes,
 * health checks, and the error pages.
 */
package coop.seedbed.web;
