package coop.seedbed.search;

/** Every field name of the index, and the layout version that changes when any of them does. */
final class Fields {

  /**
   * Raise when fields, analysis or the meaning of the commit's position change: an index of another
   * layout is rebuilt at start. 6: on PostgreSQL the position is a transaction horizon.
   */
  static final String LAYOUT = "6";

  /** "organisation:42": the type and the source's own id, unique in the index. */
  static final String KEY = "key";

  static final String TYPE = "type";

  static final String TITLE = "title";

  /** The whole title, normalised, for "an exact name match first". */
  static final String TITLE_EXACT = "title_exact";

  /** The normalised title as doc values, to sort by name. */
  static final String TITLE_SORT = "title_sort";

  /** What a hit shows, as binary doc values: see {@link Display}. */
  static final String DISPLAY = "display";

  static final String TAGS = "tags";

  /** Title, tags and body in one field: which documents match, and their candidates' order. */
  static final String ALL = "all";

  static final String BODY = "body";

  /** The body again, analysed for its own language when it is not English. */
  static final String BODY_FR = "body_fr";

  static final String BODY_ES = "body_es";
  static final String BODY_PT = "body_pt";
  static final String BODY_DE = "body_de";

  /** Title, tags and body as plain words (no stemming): typo tolerance and "did you mean". */
  static final String SPELL = "spell";

  static final String LOCATION = "location";

  /** A multiplier for the score: 1, or less for unconfirmed listings. */
  static final String RANK = "rank";

  /** "normalised name\u0001display name\u0001url", for suggestions by prefix. */
  static final String NAME_SUGGEST = "name_suggest";

  static final String TOPIC_SUGGEST = "topic_suggest";

  /** Facet dimensions, which are also the filter parameters of the search API. */
  static final String FACET_TYPE = "type";

  static final String FACET_KIND = "kind";
  static final String FACET_COUNTRY = "country";
  static final String FACET_SECTOR = "sector";
  static final String FACET_TECHNOLOGY = "technology";
  static final String FACET_JURISDICTION = "jurisdiction";
  static final String FACET_TOPIC = "topic";

  static final String[] FACETS = {
    FACET_TYPE,
    FACET_KIND,
    FACET_COUNTRY,
    FACET_SECTOR,
    FACET_TECHNOLOGY,
    FACET_JURISDICTION,
    FACET_TOPIC
  };

  /** Commit data: the layout, and the last change-log entry the index holds. */
  static final String COMMIT_LAYOUT = "seedbed.layout";

  static final String COMMIT_SEQ = "seedbed.seq";
  static final String COMMIT_DATABASE = "seedbed.database";

  /** Keys of changes set aside (see SetAside), one a line. */
  static final String COMMIT_SET_ASIDE = "seedbed.set-aside";

  static final char SEPARATOR = '\u0001';

  private Fields() {}
}
