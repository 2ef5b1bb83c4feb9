package coop.seedbed.directory;

import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads and writes listings and what hangs off them: tags, maintainers, history, claims. */
@ApplicationScoped
class Organisations {

  @PersistenceContext EntityManager em;

  Optional<Organisation> findBySlug(String slug) {
    return em.createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  Organisation getBySlug(String slug) {
    return findBySlug(slug)
        .orElseThrow(() -> new NotFoundException("There is no listing at /coops/" + slug + "."));
  }

  /** The listing, locked against concurrent changes until the transaction ends. */
  Organisation lockBySlug(String slug) {
    Organisation org = getBySlug(slug);
    em.lock(org, LockModeType.PESSIMISTIC_WRITE);
    return org;
  }

  Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  List<Organisation> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  List<Organisation> findByWebsiteKey(String key) {
    return em.createQuery(
            "select o from Organisation o where o.websiteKey = :key", Organisation.class)
        .setParameter("key", key)
        .getResultList();
  }

  /** Listings with this name key in this country, for the duplicate rule. */
  List<Organisation> findByName(String nameKey, String country) {
    String countryClause = country == null ? "o.country is null" : "o.country = :country";
    TypedQuery<Organisation> query =
        em.createQuery(
            "select o from Organisation o where o.nameKey = :name and " + countryClause,
            Organisation.class);
    query.setParameter("name", nameKey);
    if (country != null) {
      query.setParameter("country", country);
    }
    return query.getResultList();
  }

  Optional<Organisation> findByConfirmToken(String tokenHash) {
    return em.createQuery(
            "select o from Organisation o where o.confirmTokenHash = :hash", Organisation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /** Slugs already taken that start with {@code base}. */
  Set<String> slugsLike(String base) {
    return new HashSet<>(
        em.createQuery(
                "select o.slug from Organisation o where o.slug = :base or o.slug like :prefix",
                String.class)
            .setParameter("base", base)
            .setParameter("prefix", base + "-%")
            .getResultList());
  }

  void add(Organisation org) {
    em.persist(org);
    em.flush();
  }

  /** Replaces the filter tags of a listing with its current values. */
  void writeTags(Organisation org) {
    em.createQuery("delete from OrganisationTag t where t.organisationId = :id")
        .setParameter("id", org.id)
        .executeUpdate();
    persistTags(org);
  }

  /** Tags of a listing that has none yet (a new one). */
  void persistTags(Organisation org) {
    Set<OrganisationTag.Key> seen = new HashSet<>();
    add(org, Facet.SECTOR, org.sectors, seen);
    add(org, Facet.SERVICE, org.services, seen);
    add(org, Facet.TECHNOLOGY, org.technologies, seen);
    add(org, Facet.LANGUAGE, org.languages, seen);
  }

  private void add(
      Organisation org, Facet facet, List<String> values, Set<OrganisationTag.Key> seen) {
    for (String value : values) {
      // Tags compare without regard to case, as people type them in filters.
      String tag = value.toLowerCase(Locale.ROOT);
      if (seen.add(new OrganisationTag.Key(org.id, facet, tag))) {
        em.persist(new OrganisationTag(org.id, facet, tag));
      }
    }
  }

  void addRevision(Revision revision) {
    em.persist(revision);
  }

  List<Revision> revisions(long organisationId) {
    return em.createQuery(
            "select r from Revision r where r.organisationId = :id order by r.number desc",
            Revision.class)
        .setParameter("id", organisationId)
        .getResultList();
  }

  Optional<Revision> revision(long organisationId, int number) {
    return em.createQuery(
            "select r from Revision r where r.organisationId = :id and r.number = :number",
            Revision.class)
        .setParameter("id", organisationId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  boolean isMaintainer(long organisationId, long accountId) {
    return em.find(Maintainer.class, new Maintainer.Key(organisationId, accountId)) != null;
  }

  void addMaintainer(long organisationId, long accountId, OffsetDateTime now) {
    if (!isMaintainer(organisationId, accountId)) {
      Maintainer maintainer = new Maintainer();
      maintainer.organisationId = organisationId;
      maintainer.accountId = accountId;
      maintainer.addedAt = now;
      em.persist(maintainer);
    }
  }

  List<Long> maintainers(long organisationId) {
    return em.createQuery(
            "select m.accountId from Maintainer m where m.organisationId = :id order by m.addedAt",
            Long.class)
        .setParameter("id", organisationId)
        .getResultList();
  }

  /** Which of these listings have at least one maintainer. */
  Set<Long> claimed(List<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct m.organisationId from Maintainer m where m.organisationId in :ids",
                Long.class)
            .setParameter("ids", organisationIds)
            .getResultList());
  }

  List<Organisation> maintainedBy(long accountId) {
    return em.createQuery(
            "select o from Organisation o where o.id in"
                + " (select m.organisationId from Maintainer m where m.accountId = :account)"
                + " order by o.nameKey",
            Organisation.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  List<Organisation> withStatus(OrganisationStatus status, int limit) {
    return em.createQuery(
            "select o from Organisation o where o.status = :status order by o.createdAt",
            Organisation.class)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Published listings the yearly check must act on, locked: maintained ones not confirmed since
   * {@code stale}, ones asked before {@code overdue}, and unmaintained ones not confirmed since
   * {@code abandoned}. Every listing returned needs a step, so batches always make progress.
   */
  List<Organisation> dueForReconfirmation(
      OffsetDateTime stale, OffsetDateTime overdue, OffsetDateTime abandoned, int limit) {
    // Native SQL: EclipseLink inlines parameters of this query and writes booleans as 0, which H2
    // refuses to compare with a BOOLEAN column; TRUE and FALSE are read the same by both databases.
    String maintained =
        "exists (select 1 from organisation_maintainer m where m.organisation_id = o.id)";
    @SuppressWarnings("unchecked")
    List<Number> found =
        em.createNativeQuery(
                "select o.id from organisation o where o.status = 'PUBLISHED' and o.unconfirmed = FALSE"
                    + " and ((o.confirm_requested_at is null and o.last_confirmed_at < ?1 and "
                    + maintained
                    + ") or o.confirm_requested_at < ?2"
                    + " or (o.confirm_requested_at is null and o.last_confirmed_at < ?3 and not "
                    + maintained
                    + ")) order by o.id limit "
                    + limit)
            .setParameter(1, stale)
            .setParameter(2, overdue)
            .setParameter(3, abandoned)
            .getResultList();
    List<Long> ids = found.stream().map(Number::longValue).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    // Locked in a second query: H2 refuses FOR UPDATE together with LIMIT. A listing another
    // instance handled in between is seen again, changed, and the rule then does nothing to it.
    return em.createQuery(
            "select o from Organisation o where o.id in :ids order by o.id", Organisation.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  void addClaim(Claim claim) {
    em.persist(claim);
  }

  Optional<Claim> findClaim(long id) {
    return Optional.ofNullable(em.find(Claim.class, id));
  }

  Optional<Claim> findClaimByToken(String tokenHash) {
    return em.createQuery("select c from Claim c where c.tokenHash = :hash", Claim.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  List<Claim> pendingModeratorClaims() {
    return em.createQuery(
            "select c from Claim c where c.status = :pending and c.way = :moderator"
                + " order by c.createdAt",
            Claim.class)
        .setParameter("pending", Claim.Status.PENDING)
        .setParameter("moderator", Claim.Way.MODERATOR)
        .getResultList();
  }

  List<Claim> claimsBy(long accountId) {
    return em.createQuery(
            "select c from Claim c where c.accountId = :account order by c.createdAt", Claim.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Published listings after {@code lastId} in id order, for exports that stream everything. */
  List<Organisation> publishedAfter(long lastId, int limit) {
    return em.createQuery(
            "select o from Organisation o where o.status = :published and o.id > :last order by o.id",
            Organisation.class)
        .setParameter("published", OrganisationStatus.PUBLISHED)
        .setParameter("last", lastId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The most recently published listings, newest first. */
  List<Organisation> recentlyPublished(int limit) {
    return em.createQuery(
            "select o from Organisation o where o.status = :published"
                + " order by o.publishedAt desc, o.id desc",
            Organisation.class)
        .setParameter("published", OrganisationStatus.PUBLISHED)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A page of published listings for a query, with how many there are in all. */
  record Found(List<Organisation> items, long total) {}

  Found browse(DirectoryQuery query) {
    StringBuilder where = new StringBuilder(" where o.status = :published");
    Map<String, Object> params = new HashMap<>();
    params.put("published", OrganisationStatus.PUBLISHED);
    if (query.kind() != null) {
      where.append(" and o.kind = :kind");
      params.put("kind", query.kind());
    }
    if (query.country() != null) {
      where.append(" and o.country = :country");
      params.put("country", query.country());
    }
    flag(where, params, "hiring", query.hiring());
    flag(where, params, "acceptingMembers", query.acceptingMembers());
    flag(where, params, "remote", query.remote());
    tag(where, params, Facet.SECTOR, query.sector());
    tag(where, params, Facet.SERVICE, query.service());
    tag(where, params, Facet.TECHNOLOGY, query.technology());
    tag(where, params, Facet.LANGUAGE, query.language());

    TypedQuery<Long> count =
        em.createQuery("select count(o) from Organisation o" + where, Long.class);
    // Unconfirmed listings come after confirmed ones; then by name. The page is found by id
    // first, from the browse indexes alone, and only its own rows are read whole: reading every
    // matching row (descriptions and all) to sort them was most of the time on H2.
    TypedQuery<Object[]> page =
        em.createQuery(
            "select o.id, o.unconfirmed, o.nameKey from Organisation o"
                + where
                + " order by o.unconfirmed, o.nameKey, o.id",
            Object[].class);
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          page.setParameter(name, value);
        });
    long total = count.getSingleResult();
    if (total == 0) {
      return new Found(List.of(), 0);
    }
    List<Long> ids =
        page.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList().stream()
            .map(row -> ((Number) row[0]).longValue())
            .toList();
    Map<Long, Organisation> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(o -> byId.put(o.id, o));
    }
    List<Organisation> items = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    return new Found(items, total);
  }

  private static void flag(
      StringBuilder where, Map<String, Object> params, String field, Boolean value) {
    if (value != null) {
      where.append(" and o.").append(field).append(" = :").append(field);
      params.put(field, value);
    }
  }

  private static void tag(
      StringBuilder where, Map<String, Object> params, Facet facet, String value) {
    if (value != null) {
      String name = facet.name().toLowerCase(Locale.ROOT);
      where
          .append(" and o.id in (select t.organisationId from OrganisationTag t where t.facet = :")
          .append(name)
          .append("Facet and t.tag = :")
          .append(name)
          .append(")");
      params.put(name + "Facet", facet);
      params.put(name, value);
    }
  }

  /** Counts of listings by id for the published ones among {@code ids}, keeping their order. */
  Map<Long, Organisation> byId(List<Long> ids) {
    Map<Long, Organisation> map = new HashMap<>();
    for (Organisation org : findAll(new ArrayList<>(ids))) {
      map.put(org.id, org);
    }
    return map;
  }

  /** The other accounts that keep a listing together with this one. */
  List<Long> coMaintainers(long accountId) {
    return em.createQuery(
            "select distinct o.accountId from Maintainer m, Maintainer o"
                + " where m.accountId = :account and o.organisationId = m.organisationId"
                + " and o.accountId <> :account",
            Long.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  boolean maintainsPublished(long accountId) {
    return !em.createNativeQuery(
            "select 1 from organisation_maintainer m join organisation o on o.id = m.organisation_id"
                + " where m.account_id = ?1 and o.status = 'PUBLISHED'")
        .setParameter(1, accountId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
