/**
 * The directory of co-operatives and the organisations that support them: submission and
 * moderation, maintainers who keep their own listing true (with a history moderators can revert),
 * claims of imported listings, yearly reconfirmation, duplicate detection, browsing, open data
 * (JSON, CSV, JSON Lines, Atom, JSON-LD, Murmurations) and bulk import.
 */
package coop.seedbed.directory;
