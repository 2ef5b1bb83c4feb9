package coop.seedbed.matching;

import coop.seedbed.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Gives each of a cohort's teams one mentor: as many teams as capacity and conflicts allow get one,
 * and of all such assignments the one with the highest total fit wins; no mentor goes over
 * capacity, no conflicted pair is made, and pairs staff fixed stay (counting towards capacity).
 * Pure and index-based: the service maps teams and mentors to indexes.
 */
final class MentorAssignment {

  /** Fits above this would be meaningless and could make the solver's costs inexact. */
  static final int MAX_FIT = 1_000_000;

  private MentorAssignment() {}

  /**
   * One cohort. {@code fit} and {@code conflict} are indexed [team][mentor], fits at least 0 and
   * higher is better; {@code pinned} holds the pairs staff fixed as {team, mentor} (null for none).
   * The arrays are read, never copied or changed.
   */
  record Problem(
      int teams, int mentors, int[] capacity, int[][] fit, boolean[][] conflict, int[][] pinned) {

    Problem {
      if (teams < 0 || mentors < 0) {
        throw new IllegalArgumentException(
            "teams and mentors must not be negative: " + teams + ", " + mentors);
      }
      if (capacity.length != mentors) {
        throw new IllegalArgumentException(
            "capacity needs one entry per mentor (" + mentors + "): " + capacity.length);
      }
      for (int m = 0; m < mentors; m++) {
        if (capacity[m] < 0) {
          throw new IllegalArgumentException("capacity[" + m + "] is negative: " + capacity[m]);
        }
      }
      if (fit.length != teams || conflict.length != teams) {
        throw new IllegalArgumentException(
            "fit and conflict need one row per team ("
                + teams
                + "): "
                + fit.length
                + ", "
                + conflict.length);
      }
      for (int t = 0; t < teams; t++) {
        if (fit[t].length != mentors || conflict[t].length != mentors) {
          throw new IllegalArgumentException(
              "team " + t + " does not have one column per mentor (" + mentors + ")");
        }
        for (int m = 0; m < mentors; m++) {
          if (fit[t][m] < 0 || fit[t][m] > MAX_FIT) {
            throw new IllegalArgumentException(
                "fit[" + t + "][" + m + "] is outside 0.." + MAX_FIT + ": " + fit[t][m]);
          }
        }
      }
      pinned = pinned == null ? new int[0][] : pinned;
      for (int[] pair : pinned) {
        if (pair.length != 2
            || pair[0] < 0
            || pair[0] >= teams
            || pair[1] < 0
            || pair[1] >= mentors) {
          throw new IllegalArgumentException(
              "a pinned pair must be {team, mentor} within range: " + Arrays.toString(pair));
        }
      }
    }
  }

  /**
   * An assignment: each team's mentor (-1 for none), the sum and the lowest fit of the pairs made
   * (pinned ones included; {@code worstFit} is -1 when no pair is made), and how many teams have no
   * mentor.
   */
  record Solution(int[] mentorOf, long totalFit, int worstFit, int unassignedTeams) {

    static Solution of(Problem problem, int[] mentorOf) {
      long total = 0;
      int worst = -1;
      int unassigned = 0;
      for (int t = 0; t < mentorOf.length; t++) {
        if (mentorOf[t] < 0) {
          unassigned++;
        } else {
          int fit = problem.fit()[t][mentorOf[t]];
          total += fit;
          worst = worst < 0 ? fit : Math.min(worst, fit);
        }
      }
      return new Solution(mentorOf, total, worst, unassigned);
    }
  }

  /** How messages name teams and mentors; the service passes team names and people's names. */
  record Labels(IntFunction<String> team, IntFunction<String> mentor) {
    static final Labels INDEXES = new Labels(t -> "Team #" + t, m -> "Mentor #" + m);
  }

  static Solution optimal(Problem problem) {
    return optimal(problem, Labels.INDEXES);
  }

  /**
   * The assignment that gives the most teams a mentor and, among those, has the highest total fit,
   * found as a min-cost flow.
   *
   * @throws InvalidInputException when the fixed pairs break a rule, naming the pair or the mentor
   */
  static Solution optimal(Problem problem, Labels labels) {
    int[] mentorOf = pinnedMentors(problem, labels);
    int[] spare = spareCapacity(problem, mentorOf);
    int teams = problem.teams();
    int mentors = problem.mentors();
    if (Arrays.stream(mentorOf).allMatch(m -> m >= 0)) {
      return Solution.of(problem, mentorOf);
    }

    Graph<Integer, Arc> network =
        GraphTypeBuilder.<Integer, Arc>directed()
            .allowingMultipleEdges(true)
            .allowingSelfLoops(false)
            .weighted(false)
            .buildGraph();
    int source = 0;
    int sink = 1;
    for (int v = 0; v < 2 + mentors + teams; v++) {
      network.addVertex(v);
    }
    int maxFit = 0;
    for (int t = 0; t < teams; t++) {
      for (int m = 0; m < mentors; m++) {
        if (mentorOf[t] < 0 && open(problem, spare, t, m)) {
          maxFit = Math.max(maxFit, problem.fit()[t][m]);
        }
      }
    }
    for (int m = 0; m < mentors; m++) {
      if (spare[m] > 0) {
        network.addEdge(source, mentorVertex(m), new Arc(spare[m], 0, -1, m));
      }
    }
    List<Arc> pairs = new ArrayList<>();
    int toAssign = 0;
    for (int t = 0; t < teams; t++) {
      if (mentorOf[t] >= 0) {
        continue;
      }
      toAssign++;
      for (int m = 0; m < mentors; m++) {
        if (open(problem, spare, t, m)) {
          Arc pair = new Arc(1, maxFit - problem.fit()[t][m], t, m);
          network.addEdge(mentorVertex(m), teamVertex(mentors, t), pair);
          pairs.add(pair);
        }
      }
      network.addEdge(teamVertex(mentors, t), sink, new Arc(1, 0, t, -1));
    }
    // A team left without a mentor goes straight to the sink at a cost above any augmenting
    // path's (a path crosses at most one pair arc per team, each costing at most maxFit), so a
    // cheapest flow always gives a mentor to as many teams as possible, and among those maximises
    // the fit. Costs stay non-negative, which JGraphT's capacity scaling handles fastest.
    long unassignedCost = (long) toAssign * maxFit + 1;
    network.addEdge(source, sink, new Arc(toAssign, unassignedCost, -1, -1));

    int supply = toAssign;
    Function<Arc, Double> cost = arc -> (double) arc.cost;
    // JGraphT 1.5.3 reads costs from the edge weights and ignores the problem's cost function
    // (jgrapht issue 1139), so the weighted view and the function carry the same costs.
    MinimumCostFlowProblem<Integer, Arc> flowProblem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
            new AsWeightedGraph<>(network, cost, false, false),
            v -> v == source ? supply : v == sink ? -supply : 0,
            arc -> arc.capacity,
            arc -> 0,
            cost);
    MinimumCostFlow<Arc> flow =
        new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(flowProblem);
    for (Arc pair : pairs) {
      if (flow.getFlow(pair) > 0.5) {
        mentorOf[pair.team] = pair.mentor;
      }
    }
    return Solution.of(problem, mentorOf);
  }

  /**
   * The baseline a coordinator with a spreadsheet would produce: fixed pairs first, then teams in
   * order, each taking the best-fitting mentor without a conflict who has capacity left (ties: the
   * lower index).
   *
   * @throws InvalidInputException when the fixed pairs break a rule, as {@link #optimal} does
   */
  static Solution firstComeFirstServed(Problem problem) {
    int[] mentorOf = pinnedMentors(problem, Labels.INDEXES);
    int[] spare = spareCapacity(problem, mentorOf);
    for (int t = 0; t < problem.teams(); t++) {
      if (mentorOf[t] >= 0) {
        continue;
      }
      int best = -1;
      for (int m = 0; m < problem.mentors(); m++) {
        if (open(problem, spare, t, m)
            && (best < 0 || problem.fit()[t][m] > problem.fit()[t][best])) {
          best = m;
        }
      }
      if (best >= 0) {
        mentorOf[t] = best;
        spare[best]--;
      }
    }
    return Solution.of(problem, mentorOf);
  }

  /** Each team's fixed mentor or -1, once the fixed pairs are known to break no rule. */
  private static int[] pinnedMentors(Problem problem, Labels labels) {
    int[] mentorOf = new int[problem.teams()];
    Arrays.fill(mentorOf, -1);
    int[] load = new int[problem.mentors()];
    for (int[] pair : problem.pinned()) {
      int t = pair[0];
      int m = pair[1];
      if (mentorOf[t] == m) {
        continue;
      }
      if (problem.conflict()[t][m]) {
        throw new InvalidInputException(
            "",
            labels.mentor().apply(m)
                + " is fixed as the mentor of "
                + labels.team().apply(t)
                + " but has a conflict with it: remove the fixed pair or the conflict.");
      }
      if (mentorOf[t] >= 0) {
        throw new InvalidInputException(
            "",
            labels.team().apply(t)
                + " has two fixed mentors, "
                + labels.mentor().apply(mentorOf[t])
                + " and "
                + labels.mentor().apply(m)
                + "; a team takes one: unfix one of them.");
      }
      mentorOf[t] = m;
      if (++load[m] > problem.capacity()[m]) {
        throw new InvalidInputException(
            "",
            labels.mentor().apply(m)
                + " is fixed on more teams than their capacity of "
                + problem.capacity()[m]
                + ": unfix some or raise their capacity.");
      }
    }
    return mentorOf;
  }

  private static int[] spareCapacity(Problem problem, int[] mentorOf) {
    int[] spare = problem.capacity().clone();
    for (int m : mentorOf) {
      if (m >= 0) {
        spare[m]--;
      }
    }
    return spare;
  }

  private static boolean open(Problem problem, int[] spare, int team, int mentor) {
    return spare[mentor] > 0 && !problem.conflict()[team][mentor];
  }

  private static int mentorVertex(int mentor) {
    return 2 + mentor;
  }

  private static int teamVertex(int mentors, int team) {
    return 2 + mentors + team;
  }

  /** An arc of the flow network that carries its own capacity and cost, so no map is needed. */
  private static final class Arc extends DefaultEdge {
    final int capacity;
    final long cost;
    final int team;
    final int mentor;

    Arc(int capacity, long cost, int team, int mentor) {
      this.capacity = capacity;
      this.cost = cost;
      this.team = team;
      this.mentor = mentor;
    }
  }
}
