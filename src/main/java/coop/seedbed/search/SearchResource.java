package coop.seedbed.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search over JSON: {@code GET /api/search} and completions for the search box. One instance for
 * the application: made afresh for each request, as JAX-RS does by default, its creation and
 * injection showed in the flight recording of the search benchmark's load.
 */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject SearchService search;
  @Inject Suggestions suggestions;

  /** The answer is written to JSON once and kept with it (see {@link ResultCache.Answer#json}). */
  @GET
  public byte[] search(
      @Context UriInfo uri, @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
    Map<String, String> params = new HashMap<>();
    uri.getQueryParameters().forEach((name, values) -> params.put(name, values.get(0)));
    return search.searchJson(SearchQuery.parse(params), noCache(cacheControl));
  }

  /** Whether the client asked for an answer searched now, not one kept from a moment ago. */
  static boolean noCache(String cacheControl) {
    if (cacheControl == null) {
      return false;
    }
    for (String directive : cacheControl.split(",")) {
      String name = directive.strip().toLowerCase(Locale.ROOT);
      if (name.equals("no-cache") || name.equals("no-store") || name.equals("max-age=0")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same search with its parameters in a JSON object, for queries too long for an address (the
   * server refuses request lines over 8 KB).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public byte[] searchLong(
      JsonObject body, @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
    Map<String, String> params = new HashMap<>();
    if (body != null) {
      body.forEach(
          (name, value) ->
              params.put(
                  name, value instanceof JsonString text ? text.getString() : value.toString()));
    }
    return search.searchJson(SearchQuery.parse(params), noCache(cacheControl));
  }

  @GET
  @Path("suggest")
  public List<Suggestions.Suggestion> suggest(@QueryParam("q") String prefix) {
    return suggestions.suggest(prefix, 8);
  }
}
