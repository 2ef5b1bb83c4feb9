package coop.seedbed.search;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** The index for staff: its state, a rebuild, and what people search for. */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSearchResource {

  @Inject Indexing indexing;
  @Inject QueryStats stats;
  @Inject CurrentCaller caller;

  @GET
  @Path("status")
  public JsonObject status() {
    caller.get().requireStaff();
    return state();
  }

  /** Rebuilds into a fresh directory while the current index keeps answering; 202 at once. */
  @POST
  @Path("rebuild")
  public Response rebuild() {
    caller.get().requireStaff();
    boolean started = indexing.requestRebuild();
    return Response.accepted(
            JSON.createObjectBuilder(state())
                .add(
                    "message", started ? "The rebuild has started." : "A build is already running.")
                .build())
        .build();
  }

  @GET
  @Path("queries")
  public List<QueryStats.Row> queries(@QueryParam("zeroResults") boolean zeroResults) {
    caller.get().requireStaff();
    return stats.top(zeroResults, 100);
  }

  /** The index's state, and the changes it set aside because their source failed (if any). */
  private JsonObject state() {
    JsonArrayBuilder setAside = JSON.createArrayBuilder();
    for (SetAside.Entry entry : indexing.setAside.all()) {
      setAside.add(
          JSON.createObjectBuilder()
              .add("type", entry.type())
              .add("id", entry.id())
              .add("attempts", entry.attempts())
              .add("firstFailedAt", entry.firstFailedAt().toString())
              .add("nextAttemptAt", entry.nextAttemptAt().toString())
              .add("error", entry.error()));
    }
    return JSON.createObjectBuilder()
        .add("state", indexing.state().name().toLowerCase(Locale.ROOT))
        .add("setAside", setAside)
        .build();
  }
}
