package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The benchmark's yardstick answers like a search: exact totals, best match first, over HTTP. */
class RawLuceneTest {

  @Test
  void answersTheTotalAndTheBestHitsFirst_overHttp() throws Exception {
    for (RawLucene.Matching matching : RawLucene.Matching.values()) {
      try (RawLucene raw = RawLucene.serve(index(), 2, matching)) {
        JsonObject bakers = get(raw, "bakers");
        assertThat(bakers.getInt("total")).isEqualTo(2);
        assertThat(bakers.getJsonArray("hits").getJsonObject(0).getString("title"))
            .as("a word in the title counts more than one in the text")
            .isEqualTo("Riverside Bakers");

        assertThat(get(raw, "cleaners").getInt("total"))
            .as("exact, past Lucene's default count of 1,000")
            .isEqualTo(1501);
        assertThat(get(raw, "cleaners").getJsonArray("hits")).hasSize(10);
        assertThat(get(raw, "town cleaners").getInt("total")).as("both words").isEqualTo(1);
      }
    }
  }

  /** Two bakers, one town cleaner and 1,500 other cleaners. */
  private static Directory index() throws Exception {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(Analysis.indexAnalyzer()))) {
      writer.addDocument(
          DocumentMapper.toLucene(Listings.listing("1", "Riverside Bakers", "Bread.")));
      writer.addDocument(
          DocumentMapper.toLucene(Listings.listing("2", "Hill Growers", "Vegetables for bakers.")));
      writer.addDocument(
          DocumentMapper.toLucene(Listings.listing("3", "Town Cleaners", "Offices.")));
      for (int i = 0; i < 1500; i++) {
        writer.addDocument(
            DocumentMapper.toLucene(
                Listings.listing("c" + i, "Cleaners " + i, "Offices and homes.")));
      }
    }
    return directory;
  }

  private static JsonObject get(RawLucene raw, String q) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(raw.base() + "search?q=" + q.replace(" ", "+")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
