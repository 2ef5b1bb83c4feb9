package coop.seedbed.testing.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made-up organisations modelled on the real records: names recombine words of real names, kinds
 * and countries follow the real shares, places are real places with their coordinates, and
 * descriptions are sentences of real descriptions recombined. Deterministic for a seed.
 */
public final class SyntheticCoops {

  /** One made-up listing. */
  public record Listing(
      long id,
      String name,
      String kind,
      String description,
      String city,
      String country,
      Double latitude,
      Double longitude,
      String sector) {}

  private final List<String> nameWords = new ArrayList<>();
  private final List<String> sentences = new ArrayList<>();
  private final List<String[]> places = new ArrayList<>();
  private final List<String> kinds = new ArrayList<>();
  private final List<String> sectors = new ArrayList<>();

  /** Learns the shapes from real records in the DESIGN field names (see SharedCoops). */
  public SyntheticCoops(List<String> realLines) {
    Map<String, Boolean> seenPlace = new HashMap<>();
    for (String line : realLines) {
      JsonObject record;
      try (var reader = Json.createReader(new StringReader(line))) {
        record = reader.readObject();
      }
      for (String word : record.getString("name").split("\\s+")) {
        String w = word.replaceAll("[^\\p{L}\\p{N}&'-]", "");
        if (w.length() > 2 && !List.of("Limited", "Ltd", "Ltd.", "LLP", "CIC").contains(w)) {
          nameWords.add(w);
        }
      }
      String description = record.getString("description", "");
      for (String sentence : description.split("(?<=[.!?])\\s+")) {
        if (sentence.length() > 30 && sentence.length() < 300) {
          sentences.add(sentence.strip());
        }
      }
      if (record.containsKey("latitude")
          && record.containsKey("city")
          && record.containsKey("country")) {
        String key = record.getString("city") + "|" + record.getString("country");
        if (seenPlace.putIfAbsent(key, true) == null) {
          places.add(
              new String[] {
                record.getString("city"),
                record.getString("country"),
                String.valueOf(record.getJsonNumber("latitude").doubleValue()),
                String.valueOf(record.getJsonNumber("longitude").doubleValue())
              });
        }
      }
      kinds.add(record.getString("kind"));
      var sectorList = record.getJsonArray("sectors");
      if (sectorList != null && !sectorList.isEmpty()) {
        sectors.add(sectorList.getString(0));
      }
    }
  }

  public List<Listing> generate(long firstId, int count, long seed) {
    Random random = new Random(seed);
    List<Listing> listings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      String name =
          pick(random, nameWords)
              + " "
              + pick(random, nameWords)
              + (random.nextInt(4) == 0
                  ? " Co-operative"
                  : random.nextInt(3) == 0 ? " Collective" : " Co-op")
              + " "
              + id;
      StringBuilder description = new StringBuilder();
      int n = 1 + random.nextInt(3);
      for (int s = 0; s < n; s++) {
        description.append(pick(random, sentences)).append(' ');
      }
      String[] place = random.nextInt(10) == 0 ? null : places.get(random.nextInt(places.size()));
      listings.add(
          new Listing(
              id,
              name,
              pick(random, kinds),
              description.toString().strip(),
              place == null ? null : place[0],
              place == null ? null : place[1],
              place == null
                  ? null
                  : Double.parseDouble(place[2]) + (random.nextDouble() - 0.5) * 0.02,
              place == null
                  ? null
                  : Double.parseDouble(place[3]) + (random.nextDouble() - 0.5) * 0.02,
              sectors.isEmpty() ? null : pick(random, sectors)));
    }
    return listings;
  }

  /** Two- and three-word queries of the kind people type, built from the same words. */
  public List<String> queries(int count, long seed) {
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>();
    String[] topics = {
      "housing",
      "food",
      "web",
      "bike delivery",
      "credit union",
      "software",
      "bakery",
      "energy",
      "printing",
      "childcare",
      "brewery",
      "design"
    };
    for (int i = 0; i < count; i++) {
      String topic = topics[random.nextInt(topics.length)];
      queries.add(
          switch (i % 3) {
            case 0 -> topic + " coop";
            case 1 ->
                topic + " " + places.get(random.nextInt(places.size()))[0].toLowerCase(Locale.ROOT);
            default -> pick(random, nameWords).toLowerCase(Locale.ROOT) + " " + topic;
          });
    }
    return queries;
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
