package coop.seedbed.directory;

import java.util.List;

/**
 * Fired inside the transaction that changed these listings; observers that must follow the database
 * (the search index) observe it after the commit succeeds.
 */
public record OrganisationChanged(List<Long> ids) {}
