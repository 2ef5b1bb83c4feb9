package coop.seedbed.accelerator;

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
 * Chooses the reviewers of a cohort's applications: each application gets exactly N, nobody gets an
 * application they have a conflict with, every load lies within the staff's bounds and within one
 * of every other load, fixed (pinned) pairs stay, and of all such assignments the one with the
 * highest total fit wins. Pure and index-based: the service maps ids and names to indexes.
 */
final class ReviewerAssignment {

  /** Fits above this would be meaningless and could overflow the solver's costs. */
  static final int MAX_FIT = 1_000_000;

  private ReviewerAssignment() {}

  /**
   * One round of assignment. {@code fit}, {@code conflict} and {@code pinned} are indexed
   * [application][reviewer]; fits are at least 0, higher is better. Pinned pairs are those staff
   * fixed and reviews already submitted: they stay and count towards both sides. The arrays are
   * read, never copied or changed, so the caller must not change them while a solver runs.
   */
  record Problem(
      int reviewers,
      int perApplication,
      int minLoad,
      int maxLoad,
      int[][] fit,
      boolean[][] conflict,
      boolean[][] pinned) {

    Problem {
      if (reviewers < 0) {
        throw new IllegalArgumentException("reviewers must not be negative: " + reviewers);
      }
      if (fit.length != conflict.length || fit.length != pinned.length) {
        throw new IllegalArgumentException(
            "fit, conflict and pinned need one row per application: "
                + fit.length
                + ", "
                + conflict.length
                + ", "
                + pinned.length);
      }
      for (int a = 0; a < fit.length; a++) {
        if (fit[a].length != reviewers
            || conflict[a].length != reviewers
            || pinned[a].length != reviewers) {
          throw new IllegalArgumentException(
              "application " + a + " does not have one column per reviewer (" + reviewers + ")");
        }
        for (int r = 0; r < reviewers; r++) {
          if (fit[a][r] < 0 || fit[a][r] > MAX_FIT) {
            throw new IllegalArgumentException(
                "fit[" + a + "][" + r + "] is outside 0.." + MAX_FIT + ": " + fit[a][r]);
          }
        }
      }
      // Bounds are typed in by staff, so they get messages a page can show beside the field.
      if (perApplication < 1) {
        throw new InvalidInputException(
            "perApplication", "Each application needs at least one reviewer.");
      }
      if (minLoad < 0) {
        throw new InvalidInputException("minLoad", "The minimum load cannot be negative.");
      }
      if (maxLoad < minLoad) {
        throw new InvalidInputException(
            "maxLoad",
            "The maximum load (" + maxLoad + ") is below the minimum (" + minLoad + ").");
      }
    }

    int applications() {
      return fit.length;
    }
  }

  /**
   * An assignment: the sorted reviewer indexes of each application (pinned ones included), each
   * reviewer's load, the sum and the lowest fit of the assigned pairs ({@code worstFit} is -1 when
   * nothing is assigned), and how many seats stayed empty (always 0 for {@link #optimal}).
   */
  record Solution(int[][] reviewersOf, int[] loads, long totalFit, int worstFit, int unfilled) {

    static Solution of(Problem problem, boolean[][] assigned, int unfilled) {
      int[][] reviewersOf = new int[assigned.length][];
      int[] loads = new int[problem.reviewers()];
      long totalFit = 0;
      int worstFit = -1;
      for (int a = 0; a < assigned.length; a++) {
        int[] chosen = new int[problem.reviewers()];
        int count = 0;
        for (int r = 0; r < problem.reviewers(); r++) {
          if (assigned[a][r]) {
            chosen[count++] = r;
            loads[r]++;
            int fit = problem.fit()[a][r];
            totalFit += fit;
            worstFit = worstFit < 0 ? fit : Math.min(worstFit, fit);
          }
        }
        reviewersOf[a] = Arrays.copyOf(chosen, count);
      }
      return new Solution(reviewersOf, loads, totalFit, worstFit, unfilled);
    }
  }

  /** How messages name applications and reviewers; the service passes titles and names. */
  record Labels(IntFunction<String> application, IntFunction<String> reviewer) {
    static final Labels INDEXES = new Labels(a -> "Application #" + a, r -> "Reviewer #" + r);
  }

  static Solution optimal(Problem problem) {
    return optimal(problem, Labels.INDEXES);
  }

  /**
   * The assignment with the highest total fit that meets every rule, found as a min-cost flow.
   *
   * @throws InvalidInputException when no assignment meets the rules, saying why in words staff can
   *     act on
   */
  static Solution optimal(Problem problem, Labels labels) {
    int applications = problem.applications();
    int reviewers = problem.reviewers();
    if (applications == 0) {
      // Nothing to review is not an error, even when a minimum load cannot be reached.
      return Solution.of(problem, new boolean[0][reviewers], 0);
    }
    Feasibility bounds = Feasibility.check(problem, labels);
    return solve(problem, bounds, labels);
  }

  /**
   * What a careful spreadsheet user would do, as a baseline: applications in order, each takes the
   * best-fitting reviewers without a conflict who are still under the balanced upper load (ties:
   * the lower load, then the lower index). Never throws for an impossible round; it leaves seats
   * empty and counts them instead.
   */
  static Solution greedy(Problem problem) {
    int applications = problem.applications();
    int reviewers = problem.reviewers();
    int perApplication = problem.perApplication();
    boolean[][] assigned = new boolean[applications][];
    int[] loads = new int[reviewers];
    for (int a = 0; a < applications; a++) {
      assigned[a] = problem.pinned()[a].clone();
      for (int r = 0; r < reviewers; r++) {
        if (assigned[a][r]) {
          loads[r]++;
        }
      }
    }
    int cap =
        reviewers == 0
            ? 0
            : (int)
                Math.min(
                    ceilDiv((long) applications * perApplication, reviewers), problem.maxLoad());
    int unfilled = 0;
    for (int a = 0; a < applications; a++) {
      int taken = 0;
      for (boolean p : assigned[a]) {
        taken += p ? 1 : 0;
      }
      for (; taken < perApplication; taken++) {
        int best = -1;
        for (int r = 0; r < reviewers; r++) {
          if (assigned[a][r] || problem.conflict()[a][r] || loads[r] >= cap) {
            continue;
          }
          if (best < 0
              || problem.fit()[a][r] > problem.fit()[a][best]
              || (problem.fit()[a][r] == problem.fit()[a][best] && loads[r] < loads[best])) {
            best = r;
          }
        }
        if (best < 0) {
          break;
        }
        assigned[a][best] = true;
        loads[best]++;
      }
      unfilled += perApplication - Math.min(taken, perApplication);
    }
    return Solution.of(problem, assigned, unfilled);
  }

  /**
   * The loads every reviewer must end within, and the counts the flow model needs, once the common
   * reasons for an impossible round have been ruled out. All loads lie in {lo, hi}: with T reviews
   * among R reviewers and each load within one of every other, they are floor(T/R) and ceil(T/R).
   */
  private record Feasibility(int lo, int hi, int[] pinnedOfApplication, int[] pinnedOfReviewer) {

    static Feasibility check(Problem problem, Labels labels) {
      int applications = problem.applications();
      int reviewers = problem.reviewers();
      int n = problem.perApplication();
      if (reviewers == 0) {
        throw new InvalidInputException("", "There are no reviewers yet: add reviewers first.");
      }
      if (n > reviewers) {
        throw new InvalidInputException(
            "perApplication",
            "Each application needs "
                + counted(n, "reviewer")
                + " but there "
                + (reviewers == 1 ? "is only 1" : "are only " + reviewers)
                + ": add reviewers or lower the number per application.");
      }
      long total = (long) applications * n;
      // Balanced loads are forced; the staff bounds either contain them or rule out every answer.
      long lo = total / reviewers;
      long hi = ceilDiv(total, reviewers);
      if (hi > problem.maxLoad()) {
        throw new InvalidInputException(
            "maxLoad",
            counted(reviewers, "reviewer")
                + " can take at most "
                + counted(problem.maxLoad(), "review")
                + " each (the bound you set), "
                + total
                + " are needed: add reviewers or raise the maximum.");
      }
      if (lo < problem.minLoad()) {
        throw new InvalidInputException(
            "minLoad",
            counted(reviewers, "reviewer")
                + " must take at least "
                + counted(problem.minLoad(), "review")
                + " each (the bound you set), but only "
                + total
                + " are to be done: lower the minimum or take reviewers out of this round.");
      }
      String balanced = lo == hi ? String.valueOf(lo) : lo + " or " + hi;

      int[] pinnedOfApplication = new int[applications];
      int[] pinnedOfReviewer = new int[reviewers];
      int[] openOfReviewer = new int[reviewers];
      for (int a = 0; a < applications; a++) {
        int open = 0;
        for (int r = 0; r < reviewers; r++) {
          if (problem.pinned()[a][r]) {
            if (problem.conflict()[a][r]) {
              throw new InvalidInputException(
                  "",
                  labels.reviewer().apply(r)
                      + " is fixed on "
                      + labels.application().apply(a)
                      + " but has a conflict with it: remove the fixed assignment or the conflict.");
            }
            pinnedOfApplication[a]++;
            pinnedOfReviewer[r]++;
          } else if (!problem.conflict()[a][r]) {
            open++;
          }
        }
        if (pinnedOfApplication[a] > n) {
          throw new InvalidInputException(
              "",
              labels.application().apply(a)
                  + " has "
                  + pinnedOfApplication[a]
                  + " fixed reviewers; it takes only "
                  + n
                  + ": unfix some.");
        }
        if (pinnedOfApplication[a] + open < n) {
          throw new InvalidInputException(
              "",
              labels.application().apply(a)
                  + " has only "
                  + counted(pinnedOfApplication[a] + open, "reviewer")
                  + " without a conflict; it needs "
                  + n
                  + ".");
        }
        // A reviewer can only gain applications that still have a seat left.
        for (int r = 0; r < reviewers && pinnedOfApplication[a] < n; r++) {
          if (isOpen(problem, a, r)) {
            openOfReviewer[r]++;
          }
        }
      }
      long forcedTotal = 0;
      int pinnedAtHi = 0;
      for (int r = 0; r < reviewers; r++) {
        if (pinnedOfReviewer[r] > hi) {
          throw new InvalidInputException(
              "",
              "The fixed assignments give "
                  + labels.reviewer().apply(r)
                  + " "
                  + counted(pinnedOfReviewer[r], "review")
                  + " while balanced loads are "
                  + balanced
                  + ": unfix some of theirs.");
        }
        if (pinnedOfReviewer[r] + openOfReviewer[r] < lo) {
          throw new InvalidInputException(
              "",
              labels.reviewer().apply(r)
                  + " can review only "
                  + counted(pinnedOfReviewer[r] + openOfReviewer[r], "application")
                  + " (the others are conflicts of theirs or have all their reviewers fixed), while"
                  + " balanced loads are "
                  + balanced
                  + ": check their conflicts or take them out of this round.");
        }
        forcedTotal += Math.max(lo, pinnedOfReviewer[r]);
        pinnedAtHi += pinnedOfReviewer[r] > lo ? 1 : 0;
      }
      // Past the checks above a reviewer pinned beyond lo is pinned at hi, and only
      // total - lo * reviewers of them can be.
      if (forcedTotal > total) {
        throw new InvalidInputException(
            "",
            "The fixed assignments already give "
                + counted(pinnedAtHi, "reviewer")
                + " "
                + hi
                + " reviews each, but balanced loads leave room for only "
                + (total - lo * reviewers)
                + " at "
                + hi
                + ": unfix some.");
      }
      return new Feasibility((int) lo, (int) hi, pinnedOfApplication, pinnedOfReviewer);
    }
  }

  /**
   * Source → reviewer (the reviewer's remaining load, between lo and hi minus pinned) → application
   * (one unit per open pair, cost maxFit − fit) → sink (exactly the application's remaining seats).
   * Costs stay non-negative: JGraphT's capacity scaling was about twice as slow with negative
   * costs, and since every application takes exactly N the shift does not move the optimum.
   */
  private static Solution solve(Problem problem, Feasibility bounds, Labels labels) {
    int applications = problem.applications();
    int reviewers = problem.reviewers();
    int maxFit = 0;
    for (int a = 0; a < applications; a++) {
      for (int r = 0; r < reviewers; r++) {
        if (isOpen(problem, a, r)) {
          maxFit = Math.max(maxFit, problem.fit()[a][r]);
        }
      }
    }
    Graph<Integer, Arc> network =
        GraphTypeBuilder.<Integer, Arc>directed()
            .allowingMultipleEdges(true)
            .allowingSelfLoops(false)
            .weighted(false)
            .buildGraph();
    int source = 0;
    int sink = 1;
    for (int v = 0; v < 2 + reviewers + applications; v++) {
      network.addVertex(v);
    }
    int toAssign = 0;
    for (int r = 0; r < reviewers; r++) {
      int pinned = bounds.pinnedOfReviewer()[r];
      network.addEdge(
          source,
          reviewerVertex(r),
          new Arc(Math.max(0, bounds.lo() - pinned), bounds.hi() - pinned, 0, -1, r));
    }
    List<Arc> pairs = new ArrayList<>();
    for (int a = 0; a < applications; a++) {
      for (int r = 0; r < reviewers; r++) {
        if (isOpen(problem, a, r)) {
          Arc pair = new Arc(0, 1, maxFit - problem.fit()[a][r], a, r);
          network.addEdge(reviewerVertex(r), applicationVertex(reviewers, a), pair);
          pairs.add(pair);
        }
      }
      int seats = problem.perApplication() - bounds.pinnedOfApplication()[a];
      network.addEdge(applicationVertex(reviewers, a), sink, new Arc(seats, seats, 0, a, -1));
      toAssign += seats;
    }

    int supply = toAssign;
    Function<Arc, Double> cost = arc -> (double) arc.cost;
    // JGraphT 1.5.3 reads costs from the edge weights and ignores the problem's cost function
    // (jgrapht issue 1139), so the weighted view and the function carry the same costs.
    MinimumCostFlowProblem<Integer, Arc> flowProblem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
            new AsWeightedGraph<>(network, cost, false, false),
            v -> v == source ? supply : v == sink ? -supply : 0,
            arc -> arc.upper,
            arc -> arc.lower,
            cost);
    MinimumCostFlow<Arc> flow;
    try {
      flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(flowProblem);
    } catch (IllegalArgumentException noFeasibleFlow) {
      // The network is well formed by construction, so this is the solver saying no flow exists.
      throw new InvalidInputException(
          "",
          "No assignment meets every rule: with these conflicts and fixed assignments the"
              + " applications cannot each get "
              + counted(problem.perApplication(), "reviewer")
              + " while every reviewer takes "
              + (bounds.lo() == bounds.hi()
                  ? counted(bounds.lo(), "review")
                  : bounds.lo() + " or " + bounds.hi() + " reviews")
              + ". Remove some conflicts or fixed assignments, or add reviewers.");
    }
    boolean[][] assigned = new boolean[applications][];
    for (int a = 0; a < applications; a++) {
      assigned[a] = problem.pinned()[a].clone();
    }
    for (Arc pair : pairs) {
      if (flow.getFlow(pair) > 0.5) {
        assigned[pair.application][pair.reviewer] = true;
      }
    }
    return Solution.of(problem, assigned, 0);
  }

  private static boolean isOpen(Problem problem, int application, int reviewer) {
    return !problem.pinned()[application][reviewer] && !problem.conflict()[application][reviewer];
  }

  private static int reviewerVertex(int reviewer) {
    return 2 + reviewer;
  }

  private static int applicationVertex(int reviewers, int application) {
    return 2 + reviewers + application;
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** An arc of the flow network that carries its own bounds and cost, so no map is needed. */
  private static final class Arc extends DefaultEdge {
    final int lower;
    final int upper;
    final int cost;
    final int application;
    final int reviewer;

    Arc(int lower, int upper, int cost, int application, int reviewer) {
      this.lower = lower;
      this.upper = upper;
      this.cost = cost;
      this.application = application;
      this.reviewer = reviewer;
    }
  }
}
