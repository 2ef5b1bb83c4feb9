package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An import batch checks each line against the listings its lookups found and against the lines it
 * has written before it, and gives each new listing a slug nobody has.
 */
class KnownListingsTest {

  private final List<String> askedDatabase = new ArrayList<>();

  /** Known listings over a database that holds {@code slugs} beyond what was looked up. */
  private KnownListings knowing(Set<String> slugs) {
    return new KnownListings(
        slug -> {
          askedDatabase.add(slug);
          return slugs.contains(slug);
        });
  }

  private static Organisation listing(
      long id, String name, String city, String website, String slug) {
    Organisation org = new Organisation();
    org.id = id;
    org.name = name;
    org.nameKey = Keys.name(name);
    org.country = "GB";
    org.city = city;
    org.cityKey = city == null ? null : Keys.city(city);
    org.websiteKey = website;
    org.slug = slug;
    return org;
  }

  private static void found(KnownListings known, Organisation org) {
    known.found(org.websiteKey, KnownListings.Entry.of(org));
  }

  @Test
  void aLineClashesWithAListingOfTheSameWebsiteAndAnOverlappingName_butNotWithItself() {
    KnownListings known = knowing(Set.of());
    found(known, listing(1, "Leeds Bakers", "Leeds", "leedsbakers.coop", "leeds-bakers"));

    Organisation sameSite = listing(0, "Leeds Bakers Co-op", "Bradford", "leedsbakers.coop", null);
    Organisation otherName = listing(0, "Printers", "Bradford", "leedsbakers.coop", null);

    assertThat(known.clash(sameSite, null)).isEqualTo("leeds-bakers");
    assertThat(known.clash(sameSite, 1L)).isNull();
    assertThat(known.clash(otherName, null)).isNull();
  }

  @Test
  void aLineClashesWithTheSameNameInTheSameCity_orWhereEitherCityIsUnknown() {
    KnownListings known = knowing(Set.of());
    found(known, listing(1, "Leeds Bakers", "Leeds", null, "leeds-bakers"));

    assertThat(known.clash(listing(0, "Leeds Bakers", "Leeds", null, null), null))
        .isEqualTo("leeds-bakers");
    assertThat(known.clash(listing(0, "Leeds Bakers", null, null, null), null))
        .isEqualTo("leeds-bakers");
    assertThat(known.clash(listing(0, "Leeds Bakers", "York", null, null), null)).isNull();
  }

  @Test
  void aListingTheBatchWrote_isCheckedByTheLaterLines_andAnUpdateLeavesItsOldWebsite() {
    KnownListings known = knowing(Set.of());
    Organisation written =
        listing(2, "York Printers", "York", "yorkprinters.coop", "york-printers");
    known.remember(written);
    assertThat(known.clash(listing(0, "York Printers", "York", null, null), null))
        .isEqualTo("york-printers");

    known.forget(written);
    written.websiteKey = "printers.example";
    written.nameKey = Keys.name("York Print Works");
    known.remember(written);

    assertThat(known.clash(listing(0, "York Printers", "York", "yorkprinters.coop", null), null))
        .isNull();
    assertThat(known.clash(listing(0, "York Print Works", "York", null, null), null))
        .isEqualTo("york-printers");
  }

  @Test
  void aNewSlug_skipsThoseTakenInTheDatabaseOrByTheBatch_askingForEachOnlyOnce() {
    KnownListings known = knowing(Set.of("leeds-bakers-leeds", "leeds-bakers-2", "leeds-bakers-4"));
    // The batch's lookup found the listing holding the first slug.
    known.found(null, new KnownListings.Entry(1, "leeds-bakers", "leeds bakers", "GB", "york"));
    known.slugsLookedUp(List.of(KnownListings.firstSlug("Leeds Bakers")));

    String first = known.uniqueSlug("Leeds Bakers", "Leeds");
    known.remember(listing(9, "Leeds Bakers", "Leeds", null, first));
    String second = known.uniqueSlug("Leeds Bakers", "Leeds");

    assertThat(first).isEqualTo("leeds-bakers-3");
    assertThat(second).isEqualTo("leeds-bakers-5");
    // Each slug is asked for once: the batch remembers what the database said.
    assertThat(askedDatabase)
        .containsExactly(
            "leeds-bakers-leeds",
            "leeds-bakers-2",
            "leeds-bakers-3",
            "leeds-bakers-4",
            "leeds-bakers-5");
  }

  @Test
  void aReservedWord_isNeverASlug() {
    KnownListings known = knowing(Set.of());
    known.slugsLookedUp(List.of(KnownListings.firstSlug("New")));

    assertThat(known.uniqueSlug("New", null)).isEqualTo("new-2");
  }
}
