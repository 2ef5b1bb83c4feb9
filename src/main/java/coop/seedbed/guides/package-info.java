/**
 * Guides and the legal library: the Markdown guides in {@code content/guides/} (loaded at start and
 * whenever a file changes), the "Which legal form?" helper driven by {@code
 * content/legal-forms.yaml}, and legal documents uploaded by staff and maintainers, whose text Tika
 * reads so that search can find them.
 */
package coop.seedbed.guides;
