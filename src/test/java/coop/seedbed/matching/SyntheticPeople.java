package coop.seedbed.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A made-up population of profiles, deterministic by seed, for measuring suggestions: people in a
 * dozen sectors and a few zones and cities, most speaking English, with two to five skills each;
 * and planted pairs, two people clearly good for each other (complementary skills, the same sector,
 * way of deciding and pay, the same zone and hours, near each other, similar time). The index is
 * Lucene in memory, built as the application builds its own.
 */
final class SyntheticPeople {

  static final List<String> SECTORS =
      List.of(
          "food",
          "housing",
          "software",
          "care",
          "energy",
          "transport",
          "retail",
          "media",
          "finance",
          "education",
          "farming",
          "crafts");
  static final List<String> ZONES =
      List.of(
          "Europe/London",
          "Europe/Berlin",
          "America/New_York",
          "America/Chicago",
          "America/Los_Angeles",
          "Asia/Kolkata",
          "Pacific/Auckland",
          "America/Sao_Paulo");

  /** Cities with a position, in the zone at the same index of {@link #CITY_ZONES}. */
  static final double[][] CITIES = {
    {51.5072, -0.1276}, {53.4808, -2.2426}, {52.52, 13.405}, {48.1351, 11.582},
    {40.7128, -74.006}, {42.3601, -71.0589}, {41.8781, -87.6298}, {34.0522, -118.2437},
    {19.076, 72.8777}, {-36.8485, 174.7633}, {-23.5505, -46.6333}, {51.4545, -2.5879}
  };

  static final List<String> CITY_ZONES =
      List.of(
          "Europe/London",
          "Europe/London",
          "Europe/Berlin",
          "Europe/Berlin",
          "America/New_York",
          "America/New_York",
          "America/Chicago",
          "America/Los_Angeles",
          "Asia/Kolkata",
          "Pacific/Auckland",
          "America/Sao_Paulo",
          "Europe/London");
  static final List<String> COUNTRIES =
      List.of("GB", "GB", "DE", "DE", "US", "US", "US", "US", "IN", "NZ", "BR", "GB");

  final List<Facts> people = new ArrayList<>();

  /** Index pairs of {@link #people} planted to be good for each other. */
  final List<int[]> planted = new ArrayList<>();

  private final Random random;
  private final List<String> skills = new ArrayList<>(Skills.LABELS.keySet());

  SyntheticPeople(int size, int pairs, long seed) {
    random = new Random(seed);
    for (int i = 0; i < size - 2 * pairs; i++) {
      people.add(randomPerson(i));
    }
    for (int p = 0; p < pairs; p++) {
      int a = people.size();
      people.addAll(pair(a));
      planted.add(new int[] {a, a + 1});
    }
  }

  private Facts randomPerson(long id) {
    Set<String> mine = new LinkedHashSet<>();
    int n = 2 + random.nextInt(4);
    while (mine.size() < n) {
      mine.add(skills.get(random.nextInt(skills.size())));
    }
    boolean remote = random.nextDouble() < 0.7;
    int city = random.nextInt(CITIES.length);
    String zone =
        remote && random.nextBoolean()
            ? ZONES.get(random.nextInt(ZONES.size()))
            : CITY_ZONES.get(city);
    int start = 7 + random.nextInt(5);
    return new Facts(
        Facts.PROFILE,
        id,
        id,
        "Person " + id,
        Set.of(pick(List.of("start", "cofounders", "join", "start", "cofounders"))),
        Set.copyOf(mine),
        Set.of(pick(SECTORS)),
        Set.of(pick(List.of("consensus", "consent", "majority", "delegated"))),
        Set.of(pick(List.of("equal", "capped", "by-role"))),
        5 + random.nextInt(36),
        "City " + city,
        COUNTRIES.get(city),
        CITIES[city][0] + random.nextGaussian() * 0.05,
        CITIES[city][1] + random.nextGaussian() * 0.05,
        remote ? null : 30 + random.nextInt(100),
        remote,
        zone,
        LocalTime.of(start, 0),
        LocalTime.of(start + 8, 0),
        Set.of("MO", "TU", "WE", "TH", "FR"),
        random.nextDouble() < 0.5,
        random.nextDouble() < 0.85
            ? Set.of("en")
            : Set.of(pick(List.of("es", "de", "pt", "fr")), "en"));
  }

  /**
   * Two people good for each other: one builds, designs and runs the project, the other keeps the
   * books, knows governance and sells, so each brings three areas the other lacks.
   */
  private List<Facts> pair(long id) {
    String sector = "niche-" + id;
    String decision = pick(List.of("consensus", "consent", "majority", "delegated"));
    String pay = pick(List.of("equal", "capped", "by-role"));
    int city = random.nextInt(CITIES.length);
    int hours = 15 + random.nextInt(20);
    int start = 8 + random.nextInt(3);
    String zone = CITY_ZONES.get(city);
    List<Facts> two = new ArrayList<>();
    List<Set<String>> sides =
        List.of(
            Set.of("backend", "ux", "project-management"),
            Set.of("bookkeeping", "coop-governance", "sales"));
    for (int side = 0; side < 2; side++) {
      two.add(
          new Facts(
              Facts.PROFILE,
              id + side,
              id + side,
              "Planted " + (id + side),
              Set.of("start"),
              sides.get(side),
              Set.of(sector, pick(SECTORS)),
              Set.of(decision),
              Set.of(pay),
              hours + side,
              "City " + city,
              COUNTRIES.get(city),
              CITIES[city][0] + random.nextGaussian() * 0.02,
              CITIES[city][1] + random.nextGaussian() * 0.02,
              40,
              false,
              zone,
              LocalTime.of(start, 0),
              LocalTime.of(start + 8, 0),
              Set.of("MO", "TU", "WE", "TH", "FR"),
              true,
              Set.of("en")));
    }
    return two;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The population in a Lucene index in memory, and a search over it like the application's. */
  static final class Index implements AutoCloseable {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    final IndexSearcher searcher;

    Index(List<Facts> people) {
      try {
        try (IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
          for (Facts f : people) {
            writer.addDocument(MatchDocuments.document(f));
          }
          writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    List<Facts> search(Query query, int limit) {
      try {
        return MatchDocuments.facts(searcher, searcher.search(query, limit).scoreDocs);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      reader.close();
      directory.close();
    }
  }

  static Set<Long> ids(List<SuggestionEngine.Scored> scored) {
    Set<Long> ids = new HashSet<>();
    scored.forEach(s -> ids.add(s.facts().id()));
    return ids;
  }
}
