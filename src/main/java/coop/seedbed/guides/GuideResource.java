package coop.seedbed.guides;

import coop.seedbed.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** Guides over JSON, for other sites and tools of the movement. */
@Path("guides")
@Produces(MediaType.APPLICATION_JSON)
public class GuideResource {

  /** A guide in a list: everything but its body. */
  public record GuideSummary(
      String slug,
      String title,
      String summary,
      List<String> topics,
      List<String> audience,
      List<String> jurisdictions,
      List<String> legalForms,
      LocalDate lastReviewed,
      LocalDate reviewBy,
      int words,
      String url) {

    static GuideSummary of(Guide g) {
      return new GuideSummary(
          g.slug(),
          g.title(),
          g.summary(),
          g.topics(),
          g.audience(),
          g.jurisdictions(),
          g.legalForms(),
          g.lastReviewed(),
          g.reviewBy(),
          g.words(),
          g.url());
    }
  }

  /** A whole guide: its body as safe HTML, its contents, sources and related guides. */
  public record GuideDetail(
      GuideSummary guide,
      String html,
      List<Guide.Heading> contents,
      List<Guide.Source> sources,
      List<String> related) {}

  @Inject GuideLibrary library;

  @GET
  public List<GuideSummary> list(
      @QueryParam("topic") String topic,
      @QueryParam("jurisdiction") String jurisdiction,
      @QueryParam("audience") String audience) {
    return library.current().all().stream()
        .filter(g -> topic == null || topic.isBlank() || g.topics().contains(topic))
        .filter(g -> audience == null || audience.isBlank() || g.audience().contains(audience))
        .filter(
            g ->
                jurisdiction == null
                    || jurisdiction.isBlank()
                    || g.jurisdictions().stream()
                        .anyMatch(
                            j ->
                                j.equals(jurisdiction)
                                    || Vocabulary.country(j).equals(jurisdiction)))
        .map(GuideSummary::of)
        .toList();
  }

  @GET
  @Path("{slug}")
  public GuideDetail find(@PathParam("slug") String slug) {
    Guide g =
        library
            .current()
            .find(slug)
            .orElseThrow(() -> new NotFoundException("There is no guide \"" + slug + "\"."));
    return new GuideDetail(GuideSummary.of(g), g.html(), g.contents(), g.sources(), g.related());
  }
}
