/**
 * One Lucene index over everything people search for: directory listings now, guides and documents
 * through the same {@link coop.seedbed.search.SearchSource} seam. The database stays the source of
 * truth; changes reach the index through an ordered change log, on every instance, within a second.
 */
package coop.seedbed.search;
