package coop.seedbed.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import coop.seedbed.shared.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The search benchmark's yardstick: what a competent engineer would serve from the same index in an
 * afternoon. The same query analyser and fields with static boosts in one BM25 {@link BooleanQuery}
 * (a word may match the title, the tags or the text; as many words must match as Seedbed asks),
 * exact totals, the first ten hits with their display data, as JSON over the JDK's HTTP server. No
 * facets, snippets, typo tolerance, rescoring or result cache: the ratio of Seedbed's speed to this
 * one is the price of those.
 */
final class RawLucene implements AutoCloseable {

  private static final int HITS = 10;

  /** Which query the yardstick asks Lucene. */
  enum Matching {
    /** One clause a word over title, tags and all text, with the static boosts. */
    FIELDS,
    /**
     * Seedbed's own first-pass query (the combined field, words in most documents not required,
     * near spellings of rare words): what Lucene costs Seedbed before rescoring, facets, snippets,
     * did-you-mean and the container, so that a clever query cannot hide a slow rest.
     */
    SEEDBEDS
  }

  static {
    // The JDK's server writes headers and body apart; with Nagle's algorithm on, each answer then
    // waits for the client's delayed acknowledgement (about 40 ms), and the yardstick would measure
    // that rather than Lucene. Read once, when the first server is made.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder builder = new QueryBuilder(Analysis.queryAnalyzer());
  private final HttpServer server;
  private final ExecutorService threads;

  private final Matching matching;
  private final SearchService seedbeds = new SearchService();

  private RawLucene(Directory directory, int threadCount, Matching matching) throws IOException {
    this.matching = matching;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    this.threads = Executors.newFixedThreadPool(threadCount);
    server.setExecutor(threads);
    server.createContext("/search", this::answer);
    server.start();
  }

  /**
   * Serves the generation of the index under {@code indexRoot} that its {@code CURRENT} file names,
   * as it is now: open it after the rebuild the benchmark measures.
   */
  static RawLucene serve(Path indexRoot, int threadCount, Matching matching) throws IOException {
    String generation = Files.readString(indexRoot.resolve("CURRENT")).strip();
    return serve(FSDirectory.open(indexRoot.resolve(generation)), threadCount, matching);
  }

  static RawLucene serve(Directory directory, int threadCount, Matching matching)
      throws IOException {
    return new RawLucene(directory, threadCount, matching);
  }

  /** Where to send {@code /search?q=...}. */
  URL base() {
    try {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/").toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query for the words of {@code text}. */
  Query query(String text) throws IOException {
    if (matching == Matching.SEEDBEDS) {
      Query seedbed =
          seedbeds.textQuery(
              QueryWords.meaningful(QueryWords.words(text)),
              new SearchService.NearSpellings(new IndexSearcher(reader)),
              true);
      return seedbed == null ? new MatchAllDocsQuery() : seedbed;
    }
    String[] words = text.strip().split("\\s+");
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (String word : words) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      boolean any = add(anyField, Fields.TITLE, word, SearchService.TITLE_BOOST);
      any |= add(anyField, Fields.TAGS, word, SearchService.TAGS_BOOST);
      any |= add(anyField, Fields.ALL, word, SearchService.BODY_BOOST);
      if (any) {
        all.add(anyField.build(), Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return new MatchAllDocsQuery();
    }
    all.setMinimumNumberShouldMatch(SearchService.mustMatch(clauses));
    return all.build();
  }

  private boolean add(BooleanQuery.Builder anyField, String field, String word, float boost) {
    Query query = builder.createBooleanQuery(field, word);
    if (query == null) {
      return false;
    }
    anyField.add(new BoostQuery(query, boost), Occur.SHOULD);
    return true;
  }

  /** The total and the first hits for {@code text}, as the JSON the server answers. */
  String search(String text) throws IOException {
    // Exact totals, as Seedbed gives, the way Lucene makes them cheap: the top hits with the
    // default count threshold (so that whole blocks that cannot reach the top are skipped), then a
    // count without scores when the total went past it. One collector counting every match exactly
    // scores every match: at 100,000 listings that ran at 315 req/s, p99 409 ms.
    Query query = query(text);
    TopDocs top = searcher.search(query, HITS);
    long total =
        top.totalHits.relation == TotalHits.Relation.EQUAL_TO
            ? top.totalHits.value
            : searcher.count(query);
    JsonArrayBuilder found = Jsons.JSON.createArrayBuilder();
    for (ScoreDoc hit : top.scoreDocs) {
      Display display = Display.of(reader, hit.doc);
      JsonObjectBuilder row = Jsons.JSON.createObjectBuilder().add("title", display.title());
      if (display.url() != null) {
        row.add("url", display.url());
      }
      found.add(row.add("score", hit.score));
    }
    return Jsons.JSON
        .createObjectBuilder()
        .add("total", total)
        .add("hits", found)
        .build()
        .toString();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String q = parameter(exchange.getRequestURI().getRawQuery(), "q");
      byte[] body;
      int status;
      try {
        body = search(q == null ? "" : q).getBytes(StandardCharsets.UTF_8);
        status = 200;
      } catch (RuntimeException e) {
        body = "{\"error\":\"search failed\"}".getBytes(StandardCharsets.UTF_8);
        status = 500;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String parameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    return Arrays.stream(rawQuery.split("&"))
        .filter(pair -> pair.startsWith(name + "="))
        .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    threads.shutdownNow();
    reader.close();
    directory.close();
  }
}
