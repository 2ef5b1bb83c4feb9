package coop.seedbed.directory;

import coop.seedbed.database.QueryPlans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one batch of an import's lines in its own transaction: looks up the listings the lines
 * could update or duplicate, then creates, updates or refuses each line.
 */
@ApplicationScoped
class ImportBatchWriter {

  @PersistenceContext EntityManager em;
  @Inject Organisations organisations;
  @Inject ListingHistory history;
  @Inject Clock clock;
  @Inject QueryPlans queryPlans;

  /** Returns {created, updated, unchanged}; duplicates go to {@code problems}. */
  @Transactional(TxType.REQUIRES_NEW)
  int[] write(List<ImportService.Line> lines, Origin origin, List<ImportReport.Problem> problems) {
    // The directory may have grown from nothing since this import began.
    queryPlans.planAfresh(em);
    int[] counts = new int[3];
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Organisation> candidates = new ArrayList<>(lines.size());
    for (ImportService.Line line : lines) {
      Organisation candidate = new Organisation();
      Listings.apply(line.request(), candidate);
      candidates.add(candidate);
    }
    Map<String, Organisation> existing = existing(lines);
    KnownListings known = lookUp(candidates);
    // Once an organisation maintains its own listing, its edits win over the import source.
    Set<Long> claimed = organisations.claimed(existing.values().stream().map(o -> o.id).toList());
    List<Organisation> created = new ArrayList<>();
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ImportService.Line line = lines.get(i);
      OrganisationRequest request = line.request();
      Organisation org = request.externalId() == null ? null : existing.get(request.externalId());
      String clash = known.clash(candidates.get(i), org == null ? null : org.id);
      if (clash != null) {
        problems.add(
            new ImportReport.Problem(
                line.number(),
                "",
                "A listing for this organisation exists already (same website, or same name in"
                    + " the same place).",
                "/coops/" + clash));
        continue;
      }
      if (org == null) {
        org = candidates.get(i);
        org.slug = known.uniqueSlug(org.name, org.city);
        org.status = OrganisationStatus.PUBLISHED;
        org.origin = origin;
        org.externalId = request.externalId();
        org.sourceNote = Listings.clean(request.source());
        org.createdAt = now;
        org.updatedAt = now;
        org.publishedAt = now;
        org.lastConfirmedAt = line.lastConfirmed() != null ? line.lastConfirmed() : now;
        em.persist(org);
        // Numbered before the insert, so that the row is written once, with its revision.
        revisions.add(
            history.next(
                org,
                "Imported" + (org.sourceNote == null ? "" : " from " + org.sourceNote),
                Revision.Actor.IMPORT,
                null));
        created.add(org);
        counts[0]++;
      } else if (claimed.contains(org.id)) {
        counts[2]++;
      } else {
        known.forget(org);
        boolean contentChanged = Listings.apply(request, org);
        String source = Listings.clean(request.source());
        boolean sourceChanged = source != null && !source.equals(org.sourceNote);
        if (!contentChanged && !sourceChanged) {
          known.remember(org);
          counts[2]++;
          continue;
        }
        org.sourceNote = source != null ? source : org.sourceNote;
        org.updatedAt = now;
        organisations.writeTags(org);
        revisions.add(history.next(org, "Updated by import", Revision.Actor.IMPORT, null));
        counts[1]++;
      }
      known.remember(org);
    }
    // The batch's new listings go in together (one JDBC batch), before the rows that refer to
    // them: a flush for each listing made an import several times slower.
    if (!created.isEmpty()) {
      em.flush();
      created.forEach(organisations::persistTags);
    }
    history.recordAll(revisions);
    return counts;
  }

  /** Brings the database's statistics of the directory up to date after many new listings. */
  @Transactional(TxType.REQUIRES_NEW)
  void analyse() {
    queryPlans.analyse(em, "organisation");
    queryPlans.analyse(em, "organisation_tag");
  }

  /** The listings the lines update, by their external ids. */
  private Map<String, Organisation> existing(List<ImportService.Line> lines) {
    List<String> ids =
        lines.stream().map(l -> l.request().externalId()).filter(Objects::nonNull).toList();
    Map<String, Organisation> existing = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select o from Organisation o where o.externalId in :ids", Organisation.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(o -> existing.put(o.externalId, o));
    }
    return existing;
  }

  /**
   * The listings that share a website, a name or a first slug with a line: one query on three
   * indexed columns, so its time does not grow with the directory.
   */
  private KnownListings lookUp(List<Organisation> candidates) {
    Set<String> websites = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> slugs = new HashSet<>();
    for (Organisation candidate : candidates) {
      if (candidate.websiteKey != null) {
        websites.add(candidate.websiteKey);
      }
      names.add(candidate.nameKey);
      slugs.add(KnownListings.firstSlug(candidate.name));
    }
    // An empty IN list is not valid JPQL, and a batch may have no websites at all.
    TypedQuery<Object[]> query =
        em.createQuery(
            "select o.id, o.slug, o.nameKey, o.country, o.cityKey, o.websiteKey from Organisation o"
                + " where o.nameKey in :names or o.slug in :slugs"
                + (websites.isEmpty() ? "" : " or o.websiteKey in :websites"),
            Object[].class);
    query.setParameter("names", names).setParameter("slugs", slugs);
    if (!websites.isEmpty()) {
      query.setParameter("websites", websites);
    }
    KnownListings known = new KnownListings(this::slugTaken);
    for (Object[] row : query.getResultList()) {
      known.found(
          (String) row[5],
          new KnownListings.Entry(
              (Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
    }
    known.slugsLookedUp(slugs);
    return known;
  }

  /**
   * Whether a listing has the slug, asked without flushing the batch's new listings first: they are
   * known already, and are written together at the end.
   */
  private boolean slugTaken(String slug) {
    return !em.createQuery("select o.id from Organisation o where o.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
