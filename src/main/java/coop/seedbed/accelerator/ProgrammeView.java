package coop.seedbed.accelerator;

import java.util.List;

/** A programme as published: what it is, how teams are chosen and the rubric reviewers use. */
public record ProgrammeView(
    String slug,
    String name,
    String audience,
    String offer,
    String criteria,
    int scaleLevels,
    List<CriterionView> rubric,
    List<String> milestones,
    List<String> track) {

  static ProgrammeView from(Programme p, List<RubricCriterion> rubric) {
    return new ProgrammeView(
        p.slug,
        p.name,
        p.audience,
        p.offer,
        p.criteria,
        p.scaleLevels,
        rubric.stream().map(CriterionView::from).toList(),
        p.milestones,
        p.track);
  }

  /** One criterion of the rubric, with what each level means, lowest first. */
  public record CriterionView(
      long id, String name, String description, int weight, List<String> levels) {
    static CriterionView from(RubricCriterion c) {
      return new CriterionView(c.id, c.name, c.description, c.weight, c.levels);
    }
  }
}
