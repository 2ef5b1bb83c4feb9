package coop.seedbed.testing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Normalised discounted cumulative gain at ten, with graded judgments (gain 2^grade - 1). */
public final class Ndcg {

  private Ndcg() {}

  public static double at10(List<String> ranked, Map<String, Integer> judged) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> grades = new ArrayList<>(judged.values());
    grades.sort((a, b) -> b - a);
    double ideal = 0;
    for (int i = 0; i < Math.min(10, grades.size()); i++) {
      ideal += gain(grades.get(i)) / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
