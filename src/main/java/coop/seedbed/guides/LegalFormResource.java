package coop.seedbed.guides;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The "Which legal form?" helper over JSON: its table, and its answer to a group's needs. */
@Path("legal-forms")
@Produces(MediaType.APPLICATION_JSON)
public class LegalFormResource {

  @Inject LegalForms forms;

  @GET
  public LegalForms.Table table() {
    return forms.current();
  }

  /** Forms that fit the needs, then those one change away; 422 naming each bad parameter. */
  @GET
  @Path("suggestions")
  public List<LegalForms.Candidate> suggest(
      @QueryParam("country") String country,
      @QueryParam("region") String region,
      @QueryParam("owners") String owners,
      @QueryParam("investment") String investment,
      @QueryParam("charity") String charity) {
    return forms.suggest(new LegalForms.Needs(country, region, owners, investment, charity));
  }
}
