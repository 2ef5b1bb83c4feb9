package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an import knows of the directory follows the database: a batch that rolls back leaves it as
 * it was, one that commits keeps its listings, so later lines are checked for duplicates right.
 */
class ImportKnownTest {

  private static Organisation listing(long id, String slug, String externalId, String website) {
    Organisation org = new Organisation();
    org.id = id;
    org.slug = slug;
    org.externalId = externalId;
    org.websiteKey = website;
    org.nameKey = slug;
    org.country = "GB";
    org.cityKey = "leeds";
    return org;
  }

  private static ImportService.Known knowing(Organisation... listings) {
    ImportService.Known known =
        new ImportService.Known(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>());
    known.begin();
    for (Organisation org : listings) {
      known.remember(org);
    }
    known.commit();
    return known;
  }

  /** The maps' contents, with the entries' arrays as lists so that they compare by value. */
  private static List<Object> contents(ImportService.Known known) {
    return List.of(
        new HashMap<>(known.byExternalId),
        byValue(known.byWebsite),
        byValue(known.byName),
        new HashSet<>(known.slugs));
  }

  private static Map<String, List<List<String>>> byValue(Map<String, List<String[]>> map) {
    Map<String, List<List<String>>> copy = new HashMap<>();
    map.forEach(
        (key, entries) -> {
          List<List<String>> values = new ArrayList<>();
          entries.forEach(entry -> values.add(List.of(entry)));
          if (!values.isEmpty()) {
            values.sort((a, b) -> a.toString().compareTo(b.toString()));
            copy.put(key, values);
          }
        });
    return copy;
  }

  @Test
  void aBatchThatRollsBack_leavesWhatIsKnownAsItWas() {
    ImportService.Known known = knowing(listing(1, "leeds-bakers", "src:1", "leedsbakers.coop"));
    List<Object> before = contents(known);

    known.begin();
    known.remember(listing(2, "york-printers", "src:2", "yorkprinters.coop"));
    Organisation updated = listing(1, "leeds-bakers", "src:1", "leedsbakers.coop");
    known.forget(updated);
    updated.websiteKey = "bakers.example";
    updated.nameKey = "leeds-bread";
    known.remember(updated);
    assertThat(known.slugs).contains("york-printers");
    assertThat(known.byWebsite.get("leedsbakers.coop")).isEmpty();
    known.rollback();

    assertThat(contents(known)).isEqualTo(before);
    assertThat(known.byWebsite.get("leedsbakers.coop")).hasSize(1);
    assertThat(known.slugs).doesNotContain("york-printers");
  }

  @Test
  void aBatchThatCommits_isKnownToTheNextBatch_evenIfThatOneRollsBack() {
    ImportService.Known known = knowing();

    known.begin();
    known.remember(listing(2, "york-printers", "src:2", "yorkprinters.coop"));
    known.commit();
    known.begin();
    known.remember(listing(3, "hull-grocers", "src:3", null));
    known.rollback();

    assertThat(known.byExternalId).containsOnlyKeys("src:2");
    assertThat(known.slugs).containsOnly("york-printers");
    assertThat(known.byWebsite).containsOnlyKeys("yorkprinters.coop");
  }
}
