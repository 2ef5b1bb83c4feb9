package coop.seedbed.accelerator;

import java.util.List;
import java.util.Locale;

/** A question of the form; answers are keyed by its {@code code}. */
public record QuestionView(
    String code,
    String kind,
    String label,
    String help,
    boolean required,
    List<String> options,
    Integer wordLimit,
    Long min,
    Long max,
    String stopAnswer,
    String stopReason,
    boolean identifying) {

  static QuestionView from(Question q) {
    return new QuestionView(
        q.code(),
        kindName(q.kind),
        q.label,
        q.help,
        q.required,
        q.options,
        q.wordLimit,
        q.minNumber,
        q.maxNumber,
        q.stopAnswer,
        q.stopReason,
        q.identifying);
  }

  static String kindName(Question.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** For EL, which cannot compare an enum's name: {@code #{q.is('file')}}. */
  public boolean is(String kind) {
    return this.kind.equals(kind);
  }
}
