package coop.seedbed.directory;

/** The multi-valued fields of a listing that people filter by. */
enum Facet {
  SECTOR,
  SERVICE,
  TECHNOLOGY,
  LANGUAGE
}
