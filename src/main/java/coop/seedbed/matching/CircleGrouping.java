package coop.seedbed.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Proposes founding circles of 3 to 6 people who want to start a co-op. A circle is allowed when
 * its members share a language, no two of them are kept apart (one has blocked the other) and, if
 * any of them said working-hour overlap matters, those members have at least 2 common hours a week.
 * Its fit, an integer so that comparisons are exact, is 3 per founding area (of {@link
 * Skills#AREAS}) some member covers, plus 2 per member beyond the first in the largest group
 * sharing one sector, plus the common working hours of all members up to 4, plus 2 when everyone's
 * hours a week are within 10 of each other, minus 1 per member beyond 4 (so fits run from -2 to
 * 35).
 *
 * <p>{@link #propose} places as many seekers as it can, then maximises the worst circle's fit, then
 * the total. Pools with up to {@value #EXACT_LIMIT} seekers who can be in some circle are grouped
 * exactly, by trying every grouping. Larger pools get a deterministic local search (no randomness,
 * ties go to the lower index) that stops at a local optimum and is not guaranteed optimal; what it
 * does guarantee: every circle is allowed; a seeker is left out only if no allowed circle contains
 * them at all, or they can neither join a circle with room, nor found one with two other unplaced
 * seekers, nor be placed by regrouping any one circle with them; and the result is never worse, in
 * placed seekers then worst fit then total, than its greedy start.
 */
final class CircleGrouping {

  static final int MIN_SIZE = 3;
  static final int MAX_SIZE = 6;
  static final int HOURS_IN_WEEK = 168;

  /** Common hours a week that members who said overlap matters need at least. */
  static final int MIN_COMMON_HOURS = 2;

  /** Up to this many placeable seekers, every grouping is tried (at most 115,975 of them). */
  static final int EXACT_LIMIT = 10;

  /** The size first-come-first-served closes circles at and the greedy start aims for. */
  static final int USUAL_SIZE = 4;

  /**
   * Circles the local search may evaluate before it settles for what it has; 1,000 seekers reach a
   * local optimum after about 13 million (a second or two), so this bounds only far larger pools.
   */
  static final long SEARCH_BUDGET = 40_000_000;

  private static final int LOWEST_FIT = -(MAX_SIZE - USUAL_SIZE);
  private static final int HIGHEST_FIT = 3 * Skills.AREAS.size() + 2 * (MAX_SIZE - 1) + 4 + 2;

  private static final Map<String, Integer> AREA_BIT = new HashMap<>();

  static {
    for (String area : Skills.AREAS.keySet()) {
      AREA_BIT.put(area, AREA_BIT.size());
    }
  }

  private CircleGrouping() {}

  /**
   * Someone looking for a founding circle. {@code areas} are the founding areas their skills cover
   * (keys of {@link Skills#AREAS}); {@code weeklyHours} has bit h set when they usually work in
   * hour h of the week in UTC, Monday 00:00 being 0. The bit set is copied and must not be changed
   * through the accessor.
   */
  record Seeker(
      Set<String> areas,
      Set<String> sectors,
      Set<String> languages,
      BitSet weeklyHours,
      boolean overlapMatters,
      int hoursPerWeek) {

    Seeker {
      areas = Set.copyOf(areas);
      for (String area : areas) {
        if (!AREA_BIT.containsKey(area)) {
          throw new IllegalArgumentException("unknown founding area: " + area);
        }
      }
      sectors = Set.copyOf(sectors);
      languages = Set.copyOf(languages);
      if (weeklyHours.length() > HOURS_IN_WEEK) {
        throw new IllegalArgumentException(
            "weeklyHours has hour " + (weeklyHours.length() - 1) + ", past the week's last (167)");
      }
      weeklyHours = (BitSet) weeklyHours.clone();
      if (hoursPerWeek < 0 || hoursPerWeek > HOURS_IN_WEEK) {
        throw new IllegalArgumentException("hoursPerWeek is outside 0..168: " + hoursPerWeek);
      }
    }
  }

  /**
   * Circles as sorted seeker indexes (ordered by their first member), the fit of each, the worst
   * and the total fit ({@code worstFit} is {@link Integer#MIN_VALUE} when no circle formed), and
   * the seekers in no circle, in order.
   */
  record Proposal(
      List<int[]> circles,
      List<Integer> fits,
      int worstFit,
      long totalFit,
      List<Integer> unplaced) {

    int placed() {
      return circles.stream().mapToInt(c -> c.length).sum();
    }
  }

  static Proposal propose(List<Seeker> seekers) {
    return propose(seekers, List.of(), EXACT_LIMIT);
  }

  /**
   * {@link #propose}, never putting the two seekers (by index) of a pair in {@code apart} together.
   */
  static Proposal propose(List<Seeker> seekers, Collection<int[]> apart) {
    return propose(seekers, apart, EXACT_LIMIT);
  }

  static Proposal propose(List<Seeker> seekers, int exactLimit) {
    return propose(seekers, List.of(), exactLimit);
  }

  /**
   * {@link #propose} with another limit for exact grouping, so its local search can be measured.
   */
  static Proposal propose(List<Seeker> seekers, Collection<int[]> apart, int exactLimit) {
    Pool pool = new Pool(seekers, apart);
    int[] placeable = pool.placeable();
    if (placeable.length <= exactLimit) {
      return pool.proposal(new Exact(pool, placeable).best());
    }
    return pool.proposal(new LocalSearch(pool, placeable).run());
  }

  /**
   * The baseline: seekers in the order they came, each joining the first open circle they are
   * allowed in, or opening one; a circle closes at {@value #USUAL_SIZE} members, and open circles
   * left with fewer than 3 at the end dissolve.
   */
  static Proposal firstComeFirstServed(List<Seeker> seekers) {
    return firstComeFirstServed(seekers, List.of());
  }

  /** The baseline, keeping the pairs in {@code apart} apart as {@link #propose} does. */
  static Proposal firstComeFirstServed(List<Seeker> seekers, Collection<int[]> apart) {
    Pool pool = new Pool(seekers, apart);
    List<int[]> open = new ArrayList<>();
    List<int[]> circles = new ArrayList<>();
    int[] candidate = new int[USUAL_SIZE];
    for (int i = 0; i < pool.size; i++) {
      candidate[0] = i;
      if (!pool.allowed(candidate, 1)) {
        continue;
      }
      int[] joined = null;
      for (int[] circle : open) {
        System.arraycopy(circle, 0, candidate, 0, circle.length);
        candidate[circle.length] = i;
        if (pool.allowed(candidate, circle.length + 1)) {
          joined = Arrays.copyOf(candidate, circle.length + 1);
          open.set(open.indexOf(circle), joined);
          break;
        }
      }
      if (joined == null) {
        open.add(new int[] {i});
      } else if (joined.length == USUAL_SIZE) {
        open.remove(joined);
        circles.add(joined);
      }
    }
    for (int[] circle : open) {
      if (circle.length >= MIN_SIZE) {
        circles.add(circle);
      }
    }
    return pool.proposal(circles);
  }

  /** The fit of a circle of these members, by the rule in the class comment. */
  static int fit(List<Seeker> members) {
    Pool pool = new Pool(members, List.of());
    int[] all = new int[members.size()];
    Arrays.setAll(all, i -> i);
    return pool.fit(all, all.length);
  }

  /**
   * The seekers in bit form, so that testing and scoring a circle of up to six costs a few dozen
   * word operations. Sectors and languages are numbered in order of first appearance.
   */
  private static final class Pool {
    final int size;
    final int[] areas;
    final int[][] sectors;
    final long[][] sectorBits;
    final long[][] languages;
    final long[][] hours;
    final boolean[] cares;
    final int[] hoursPerWeek;

    /** Whom each seeker is kept apart from, or null for the many who are kept from nobody. */
    final BitSet[] apart;

    Pool(List<Seeker> seekers, Collection<int[]> apartPairs) {
      size = seekers.size();
      apart = new BitSet[size];
      for (int[] pair : apartPairs) {
        for (int side = 0; side < 2; side++) {
          int who = pair[side];
          if (apart[who] == null) {
            apart[who] = new BitSet(size);
          }
          apart[who].set(pair[1 - side]);
        }
      }
      Map<String, Integer> sectorIds = new HashMap<>();
      Map<String, Integer> languageIds = new HashMap<>();
      for (Seeker s : seekers) {
        s.sectors().forEach(x -> sectorIds.putIfAbsent(x, sectorIds.size()));
        s.languages().forEach(x -> languageIds.putIfAbsent(x, languageIds.size()));
      }
      int sectorWords = Math.max(1, (sectorIds.size() + 63) / 64);
      int languageWords = Math.max(1, (languageIds.size() + 63) / 64);
      areas = new int[size];
      sectors = new int[size][];
      sectorBits = new long[size][sectorWords];
      languages = new long[size][languageWords];
      hours = new long[size][];
      cares = new boolean[size];
      hoursPerWeek = new int[size];
      for (int i = 0; i < size; i++) {
        Seeker s = seekers.get(i);
        for (String area : s.areas()) {
          areas[i] |= 1 << AREA_BIT.get(area);
        }
        sectors[i] = s.sectors().stream().mapToInt(sectorIds::get).sorted().toArray();
        for (int id : sectors[i]) {
          sectorBits[i][id >>> 6] |= 1L << id;
        }
        for (String language : s.languages()) {
          int id = languageIds.get(language);
          languages[i][id >>> 6] |= 1L << id;
        }
        hours[i] = Arrays.copyOf(s.weeklyHours().toLongArray(), 3);
        cares[i] = s.overlapMatters();
        hoursPerWeek[i] = s.hoursPerWeek();
      }
    }

    /** Whether the first {@code count} of {@code members} may form (or be part of) a circle. */
    boolean allowed(int[] members, int count) {
      for (int k = 0; k < count; k++) {
        BitSet kept = apart[members[k]];
        for (int j = 0; kept != null && j < count; j++) {
          if (kept.get(members[j])) {
            return false;
          }
        }
      }
      boolean shared = false;
      for (int w = 0; w < languages[members[0]].length && !shared; w++) {
        long common = -1L;
        for (int k = 0; k < count; k++) {
          common &= languages[members[k]][w];
        }
        shared = common != 0;
      }
      if (!shared) {
        return false;
      }
      long h0 = -1L;
      long h1 = -1L;
      long h2 = -1L;
      boolean anyCares = false;
      for (int k = 0; k < count; k++) {
        int m = members[k];
        if (cares[m]) {
          anyCares = true;
          h0 &= hours[m][0];
          h1 &= hours[m][1];
          h2 &= hours[m][2];
        }
      }
      return !anyCares
          || Long.bitCount(h0) + Long.bitCount(h1) + Long.bitCount(h2) >= MIN_COMMON_HOURS;
    }

    int fit(int[] members, int count) {
      int covered = 0;
      long h0 = -1L;
      long h1 = -1L;
      long h2 = -1L;
      int fewestHours = Integer.MAX_VALUE;
      int mostHours = Integer.MIN_VALUE;
      int largestSector = 0;
      for (int k = 0; k < count; k++) {
        int m = members[k];
        covered |= areas[m];
        h0 &= hours[m][0];
        h1 &= hours[m][1];
        h2 &= hours[m][2];
        fewestHours = Math.min(fewestHours, hoursPerWeek[m]);
        mostHours = Math.max(mostHours, hoursPerWeek[m]);
        for (int sector : sectors[m]) {
          int sharing = 0;
          for (int j = 0; j < count; j++) {
            sharing += (int) (sectorBits[members[j]][sector >>> 6] >>> sector) & 1;
          }
          largestSector = Math.max(largestSector, sharing);
        }
      }
      int commonHours = Long.bitCount(h0) + Long.bitCount(h1) + Long.bitCount(h2);
      return 3 * Integer.bitCount(covered)
          + 2 * Math.max(0, largestSector - 1)
          + Math.min(4, commonHours)
          + (mostHours - fewestHours <= 10 ? 2 : 0)
          - Math.max(0, count - USUAL_SIZE);
    }

    /**
     * The seekers who are in at least one allowed circle. Both rules still hold for any three
     * members of an allowed circle, so it is enough to look for an allowed three.
     */
    int[] placeable() {
      int[] result = new int[size];
      int count = 0;
      int[] partners = new int[size];
      int[] trio = new int[3];
      for (int i = 0; i < size; i++) {
        int found = 0;
        trio[0] = i;
        for (int j = 0; j < size; j++) {
          trio[1] = j;
          if (j != i && allowed(trio, 2)) {
            partners[found++] = j;
          }
        }
        search:
        for (int a = 0; a < found; a++) {
          trio[1] = partners[a];
          for (int b = a + 1; b < found; b++) {
            trio[2] = partners[b];
            if (allowed(trio, 3)) {
              result[count++] = i;
              break search;
            }
          }
        }
      }
      return Arrays.copyOf(result, count);
    }

    Proposal proposal(List<int[]> chosen) {
      List<int[]> circles = new ArrayList<>();
      boolean[] placed = new boolean[size];
      for (int[] circle : chosen) {
        int[] sorted = circle.clone();
        Arrays.sort(sorted);
        circles.add(sorted);
        for (int m : sorted) {
          placed[m] = true;
        }
      }
      circles.sort(Comparator.comparingInt(c -> c[0]));
      List<Integer> fits = new ArrayList<>();
      int worst = Integer.MIN_VALUE;
      long total = 0;
      for (int[] circle : circles) {
        int fit = fit(circle, circle.length);
        fits.add(fit);
        worst = fits.size() == 1 ? fit : Math.min(worst, fit);
        total += fit;
      }
      List<Integer> unplaced = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        if (!placed[i]) {
          unplaced.add(i);
        }
      }
      return new Proposal(List.copyOf(circles), List.copyOf(fits), worst, total, unplaced);
    }
  }

  /**
   * Greedy start, then local search. The start seeds circles with the seekers who have the fewest
   * allowed partners and fills each up to {@value #USUAL_SIZE} with whoever raises its fit most.
   *
   * <p><em>Repair</em> places each unplaced seeker it can: in the circle (or the two circles it
   * then splits into) where the measure below ends highest, or founding a circle with two other
   * unplaced seekers, or, failing both, by grouping one circle, the seeker and the unplaced seekers
   * who may share a circle with them exactly.
   *
   * <p>Then, placing nobody out: <em>regroup</em> takes two circles and deals their members afresh
   * into one or two allowed circles, trying every split (at most 2,048), which covers every move
   * and swap between them; when no regrouping helps a worst circle, it may swap a member for an
   * unplaced seeker, or <em>dissolve</em>, its members joining other circles. A change is kept when
   * it raises the worst fit, or keeps it with fewer circles at the worst, or keeps both and raises
   * the total; this measure only ever rises, so the search cannot cycle. Worst circles are
   * regrouped first, with the fittest circles first (they have most to give), then every pair for
   * the total; a pair that did not help is not tried again until one of the two changes, which is
   * exact since the worst fit only rises. The best grouping seen, by placed seekers, worst fit and
   * total, is kept, and repair runs on it again before it is returned.
   */
  private static final class LocalSearch {
    private static final int NONE = Integer.MIN_VALUE;

    private final Pool pool;
    private final int[] placeable;
    private final int[] partnerCount;
    private final int[][] members;
    private final int[] sizes;
    private final int[] fits;
    private final int[] changedAt;
    private final int[] floorScannedAt;
    private final int[] totalScannedAt;
    private final int[] circleOf;
    private final int[] histogram = new int[HIGHEST_FIT - LOWEST_FIT + 1];
    private int circles;
    private long total;
    private int moves;
    private long evaluations;

    private List<int[]> best = List.of();
    private int bestPlaced = -1;
    private int bestWorst;
    private long bestTotal;

    private final int[] union = new int[2 * MAX_SIZE + 1];
    private final int[] sideA = new int[MAX_SIZE];
    private final int[] sideB = new int[MAX_SIZE];
    private int othersWorst;
    private int othersCount;
    private int foundMask;
    private int foundWorst;
    private int foundCount;
    private long foundTotal;

    LocalSearch(Pool pool, int[] placeable) {
      this.pool = pool;
      this.placeable = placeable;
      int capacity = placeable.length / MIN_SIZE + 1;
      members = new int[capacity][MAX_SIZE];
      sizes = new int[capacity];
      fits = new int[capacity];
      changedAt = new int[capacity];
      floorScannedAt = new int[capacity];
      totalScannedAt = new int[capacity];
      circleOf = new int[pool.size];
      partnerCount = new int[pool.size];
      int[] pair = new int[2];
      for (int i : placeable) {
        pair[0] = i;
        for (int j : placeable) {
          pair[1] = j;
          if (i != j && pool.allowed(pair, 2)) {
            partnerCount[i]++;
          }
        }
      }
    }

    List<int[]> run() {
      Arrays.fill(circleOf, -1);
      start();
      while (true) {
        repair();
        keepIfBest();
        while (evaluations < SEARCH_BUDGET && (raiseFloor() | raiseTotal())) {
          keepIfBest();
        }
        keepIfBest();
        restore(best);
        // The best state may be an earlier one, so only placing nobody more there ends the search.
        if (!repair()) {
          return best;
        }
      }
    }

    private void start() {
      Integer[] order = Arrays.stream(placeable).boxed().toArray(Integer[]::new);
      Arrays.sort(
          order, Comparator.<Integer>comparingInt(i -> partnerCount[i]).thenComparing(i -> i));
      boolean[] tried = new boolean[pool.size];
      int[] circle = new int[MAX_SIZE];
      for (int seed : order) {
        if (circleOf[seed] >= 0 || tried[seed]) {
          continue;
        }
        tried[seed] = true;
        circle[0] = seed;
        int size = 1;
        while (size < USUAL_SIZE) {
          int chosen = -1;
          int chosenFit = NONE;
          for (int candidate : placeable) {
            if (circleOf[candidate] >= 0 || contains(circle, size, candidate)) {
              continue;
            }
            circle[size] = candidate;
            if (pool.allowed(circle, size + 1)) {
              int fit = pool.fit(circle, size + 1);
              if (fit > chosenFit
                  || fit == chosenFit && partnerCount[candidate] < partnerCount[chosen]) {
                chosen = candidate;
                chosenFit = fit;
              }
            }
          }
          if (chosen < 0) {
            break;
          }
          circle[size++] = chosen;
        }
        if (size >= MIN_SIZE) {
          add(circle, size);
        }
      }
    }

    /**
     * Places unplaced seekers while any can be: each in turn goes where the measure ends highest,
     * joining a circle (or the two it splits into) or founding one with two other unplaced seekers.
     */
    private boolean repair() {
      boolean placedAny = false;
      boolean placedOne = true;
      while (placedOne) {
        placedOne = false;
        for (int u : placeable) {
          if (circleOf[u] < 0 && place(u)) {
            placedOne = true;
            placedAny = true;
          }
        }
      }
      return placedAny;
    }

    private boolean place(int u) {
      int chosenCircle = -1;
      int chosenMask = 0;
      int chosenWorst = NONE;
      int chosenCount = 0;
      long chosenTotal = 0;
      for (int c = 0; c < circles; c++) {
        int m = sizes[c];
        System.arraycopy(members[c], 0, union, 0, m);
        union[m++] = u;
        othersExcept(fits[c], NONE);
        if (bestRegrouping(m, total - fits[c])
            && better(foundWorst, foundCount, foundTotal, chosenWorst, chosenCount, chosenTotal)) {
          chosenCircle = c;
          chosenMask = foundMask;
          chosenWorst = foundWorst;
          chosenCount = foundCount;
          chosenTotal = foundTotal;
        }
      }
      int[] trio = {u, -1, -1};
      int[] chosenTrio = null;
      othersExcept(NONE, NONE);
      for (int v : placeable) {
        if (v == u || circleOf[v] >= 0) {
          continue;
        }
        trio[1] = v;
        for (int w : placeable) {
          if (w <= v || w == u || circleOf[w] >= 0) {
            continue;
          }
          trio[2] = w;
          if (pool.allowed(trio, 3)) {
            int fit = pool.fit(trio, 3);
            int worst = Math.min(othersWorst, fit);
            int count = (othersWorst == worst ? othersCount : 0) + (fit == worst ? 1 : 0);
            if (better(worst, count, total + fit, chosenWorst, chosenCount, chosenTotal)) {
              chosenTrio = trio.clone();
              chosenWorst = worst;
              chosenCount = count;
              chosenTotal = total + fit;
            }
          }
        }
      }
      if (chosenTrio != null) {
        add(chosenTrio, 3);
        return true;
      }
      if (chosenCircle >= 0) {
        int m = sizes[chosenCircle];
        System.arraycopy(members[chosenCircle], 0, union, 0, m);
        union[m++] = u;
        regroup(chosenCircle, -1, m, chosenMask);
        return true;
      }
      return regroupExactly(u);
    }

    /**
     * The last resort for placing u: a circle with someone u may share a circle with, u, and other
     * unplaced seekers u may share one with are grouped exactly, and the grouping kept if it places
     * more of them than the circle had.
     */
    private boolean regroupExactly(int u) {
      int[] pair = {u, -1};
      int[] group = new int[EXACT_LIMIT];
      for (int c = 0; c < circles; c++) {
        boolean reachable = false;
        for (int k = 0; k < sizes[c] && !reachable; k++) {
          pair[1] = members[c][k];
          reachable = pool.allowed(pair, 2);
        }
        if (!reachable) {
          continue;
        }
        int size = sizes[c];
        System.arraycopy(members[c], 0, group, 0, size);
        group[size++] = u;
        for (int v : placeable) {
          if (size == group.length) {
            break;
          }
          pair[1] = v;
          if (v != u && circleOf[v] < 0 && pool.allowed(pair, 2)) {
            group[size++] = v;
          }
        }
        List<int[]> regrouped = new Exact(pool, Arrays.copyOf(group, size)).best();
        if (regrouped.stream().mapToInt(r -> r.length).sum() > sizes[c]) {
          remove(c);
          for (int[] circle : regrouped) {
            add(circle, circle.length);
          }
          return true;
        }
      }
      return false;
    }

    /**
     * Raises the worst circles while it can: regrouping each with another circle, or failing that
     * swapping in an unplaced seeker or dissolving it; true if it changed any.
     */
    private boolean raiseFloor() {
      boolean changed = false;
      while (evaluations < SEARCH_BUDGET) {
        int worst = worst();
        Integer[] partners = new Integer[circles];
        Arrays.setAll(partners, c -> c);
        Arrays.sort(
            partners, Comparator.<Integer>comparingInt(c -> -fits[c]).thenComparing(c -> c));
        boolean moved = false;
        for (int x = 0; x < circles && !moved; x++) {
          if (fits[x] != worst) {
            continue;
          }
          boolean fresh = changedAt[x] >= floorScannedAt[x];
          for (int y : partners) {
            if (y != x && (fresh || changedAt[y] >= floorScannedAt[x]) && tryRegroup(x, y)) {
              moved = true;
              break;
            }
          }
          if (!moved) {
            floorScannedAt[x] = moves + 1;
          }
        }
        for (int x = 0; x < circles && !moved; x++) {
          moved = fits[x] == worst && (tryExchange(x) || tryDissolve(x));
        }
        if (!moved) {
          return changed;
        }
        changed = true;
      }
      return changed;
    }

    /** Swaps a member of circle x for an unplaced seeker if that raises the measure. */
    private boolean tryExchange(int x) {
      int size = sizes[x];
      othersExcept(fits[x], NONE);
      int bestOut = -1;
      int bestIn = -1;
      int bestWorst = worst();
      int bestCount = countAt(bestWorst);
      long bestTotal = total;
      System.arraycopy(members[x], 0, sideA, 0, size);
      for (int u : placeable) {
        if (circleOf[u] >= 0) {
          continue;
        }
        for (int k = 0; k < size; k++) {
          sideA[k] = u;
          evaluations++;
          if (pool.allowed(sideA, size)) {
            int fit = pool.fit(sideA, size);
            int worst = Math.min(othersWorst, fit);
            int count = (othersWorst == worst ? othersCount : 0) + (fit == worst ? 1 : 0);
            long newTotal = total - fits[x] + fit;
            if (better(worst, count, newTotal, bestWorst, bestCount, bestTotal)) {
              bestOut = k;
              bestIn = u;
              bestWorst = worst;
              bestCount = count;
              bestTotal = newTotal;
            }
          }
          sideA[k] = members[x][k];
        }
      }
      if (bestIn < 0) {
        return false;
      }
      sideA[bestOut] = bestIn;
      set(x, sideA, size);
      return true;
    }

    /**
     * Dissolves circle x, its members joining other circles with room one by one, each where the
     * measure ends highest, if all find one and the measure ends higher than before.
     */
    private boolean tryDissolve(int x) {
      int leaving = sizes[x];
      int[] receiver = new int[leaving];
      int[] grown = sizes.clone();
      int[] fitNow = fits.clone();
      int[] savedHistogram = histogram.clone();
      histogram[fits[x] - LOWEST_FIT]--;
      long newTotal = total - fits[x];
      int[] circle = new int[MAX_SIZE];
      boolean allFound = true;
      for (int k = 0; k < leaving && allFound; k++) {
        int chosen = -1;
        int chosenFit = NONE;
        int chosenWorst = NONE;
        int chosenCount = 0;
        long chosenTotal = 0;
        for (int c = 0; c < circles; c++) {
          if (c == x || grown[c] == MAX_SIZE) {
            continue;
          }
          int size = grownMembers(c, x, receiver, k, circle);
          circle[size++] = members[x][k];
          evaluations++;
          if (!pool.allowed(circle, size)) {
            continue;
          }
          int fit = pool.fit(circle, size);
          histogram[fitNow[c] - LOWEST_FIT]--;
          histogram[fit - LOWEST_FIT]++;
          int worst = worst();
          int count = countAt(worst);
          histogram[fit - LOWEST_FIT]--;
          histogram[fitNow[c] - LOWEST_FIT]++;
          long candidateTotal = newTotal - fitNow[c] + fit;
          if (better(worst, count, candidateTotal, chosenWorst, chosenCount, chosenTotal)) {
            chosen = c;
            chosenFit = fit;
            chosenWorst = worst;
            chosenCount = count;
            chosenTotal = candidateTotal;
          }
        }
        if (chosen < 0) {
          allFound = false;
        } else {
          receiver[k] = chosen;
          grown[chosen]++;
          histogram[fitNow[chosen] - LOWEST_FIT]--;
          histogram[chosenFit - LOWEST_FIT]++;
          fitNow[chosen] = chosenFit;
          newTotal = chosenTotal;
        }
      }
      int worstAfter = worst();
      int countAfter = countAt(worstAfter);
      System.arraycopy(savedHistogram, 0, histogram, 0, histogram.length);
      if (!allFound
          || !better(worstAfter, countAfter, newTotal, worst(), countAt(worst()), total)) {
        return false;
      }
      for (int c = 0; c < circles; c++) {
        if (grown[c] != sizes[c]) {
          int size = grownMembers(c, x, receiver, leaving, circle);
          set(c, circle, size);
        }
      }
      remove(x);
      return true;
    }

    /** Circle c's members with those of x among the first {@code decided} that go to c. */
    private int grownMembers(int c, int x, int[] receiver, int decided, int[] into) {
      int size = sizes[c];
      System.arraycopy(members[c], 0, into, 0, size);
      for (int j = 0; j < decided; j++) {
        if (receiver[j] == c) {
          into[size++] = members[x][j];
        }
      }
      return size;
    }

    /** Regroups any two circles while that raises the measure; true if it changed any. */
    private boolean raiseTotal() {
      boolean changed = false;
      boolean moved = true;
      while (moved && evaluations < SEARCH_BUDGET) {
        moved = false;
        for (int x = 0; x < circles && evaluations < SEARCH_BUDGET; x++) {
          int scannedAt = totalScannedAt[x];
          boolean fresh = changedAt[x] >= scannedAt;
          int before = moves;
          for (int y = x + 1; y < circles; y++) {
            if ((fresh || changedAt[y] >= scannedAt) && tryRegroup(x, y)) {
              moved = true;
              changed = true;
            }
          }
          if (moves == before) {
            totalScannedAt[x] = moves + 1;
          }
        }
      }
      return changed;
    }

    /** Regroups circles x and y if the best regrouping beats the present state. */
    private boolean tryRegroup(int x, int y) {
      int m = sizes[x];
      System.arraycopy(members[x], 0, union, 0, m);
      System.arraycopy(members[y], 0, union, m, sizes[y]);
      m += sizes[y];
      othersExcept(fits[x], fits[y]);
      if (!bestRegrouping(m, total - fits[x] - fits[y])
          || !better(foundWorst, foundCount, foundTotal, worst(), countAt(worst()), total)) {
        return false;
      }
      regroup(x, y, m, foundMask);
      return true;
    }

    /**
     * Tries every way to deal union[0..m) into one allowed circle or two (the first holding
     * union[0]), and leaves the best, by the measure over all circles, in the found fields.
     */
    private boolean bestRegrouping(int m, long othersTotal) {
      boolean found = false;
      for (int rest = 0; rest < 1 << (m - 1); rest++) {
        int mask = rest << 1 | 1;
        int sizeA = Integer.bitCount(mask);
        int sizeB = m - sizeA;
        if (sizeA < MIN_SIZE
            || sizeA > MAX_SIZE
            || sizeB != 0 && (sizeB < MIN_SIZE || sizeB > MAX_SIZE)) {
          continue;
        }
        int a = 0;
        int b = 0;
        for (int k = 0; k < m; k++) {
          if ((mask & 1 << k) != 0) {
            sideA[a++] = union[k];
          } else {
            sideB[b++] = union[k];
          }
        }
        evaluations++;
        if (!pool.allowed(sideA, a) || b > 0 && !pool.allowed(sideB, b)) {
          continue;
        }
        int fitA = pool.fit(sideA, a);
        int fitB = b > 0 ? pool.fit(sideB, b) : NONE;
        int worst =
            b > 0 ? Math.min(othersWorst, Math.min(fitA, fitB)) : Math.min(othersWorst, fitA);
        int count =
            (othersWorst == worst ? othersCount : 0)
                + (fitA == worst ? 1 : 0)
                + (fitB == worst ? 1 : 0);
        long newTotal = othersTotal + fitA + (b > 0 ? fitB : 0);
        if (!found || better(worst, count, newTotal, foundWorst, foundCount, foundTotal)) {
          found = true;
          foundMask = mask;
          foundWorst = worst;
          foundCount = count;
          foundTotal = newTotal;
        }
      }
      return found;
    }

    /**
     * Replaces circle x (and y, or nothing when y is -1) by the regrouping of union[0..m) that mask
     * picks: side A in x, side B in y or a new circle, and y dropped when B is empty.
     */
    private void regroup(int x, int y, int m, int mask) {
      int a = 0;
      int b = 0;
      for (int k = 0; k < m; k++) {
        if ((mask & 1 << k) != 0) {
          sideA[a++] = union[k];
        } else {
          sideB[b++] = union[k];
        }
      }
      if (b == 0 && y >= 0) {
        int keep = Math.min(x, y);
        remove(Math.max(x, y));
        set(keep, sideA, a);
      } else {
        set(x, sideA, a);
        if (y >= 0) {
          set(y, sideB, b);
        } else if (b > 0) {
          add(sideB, b);
        }
      }
    }

    private void add(int[] circle, int size) {
      fits[circles] = NONE;
      sizes[circles] = 0;
      set(circles++, circle, size);
    }

    private void set(int c, int[] circle, int size) {
      if (fits[c] != NONE) {
        histogram[fits[c] - LOWEST_FIT]--;
        total -= fits[c];
      }
      forgetMembers(c);
      System.arraycopy(circle, 0, members[c], 0, size);
      sizes[c] = size;
      for (int k = 0; k < size; k++) {
        circleOf[circle[k]] = c;
      }
      fits[c] = pool.fit(circle, size);
      histogram[fits[c] - LOWEST_FIT]++;
      total += fits[c];
      changedAt[c] = ++moves;
    }

    private void remove(int c) {
      histogram[fits[c] - LOWEST_FIT]--;
      total -= fits[c];
      forgetMembers(c);
      int last = --circles;
      if (c != last) {
        System.arraycopy(members[last], 0, members[c], 0, sizes[last]);
        sizes[c] = sizes[last];
        fits[c] = fits[last];
        for (int k = 0; k < sizes[c]; k++) {
          circleOf[members[c][k]] = c;
        }
        changedAt[c] = ++moves;
      }
      fits[last] = NONE;
      sizes[last] = 0;
    }

    /** Marks c's members unplaced, except those a regrouping already put in another circle. */
    private void forgetMembers(int c) {
      for (int k = 0; k < sizes[c]; k++) {
        if (circleOf[members[c][k]] == c) {
          circleOf[members[c][k]] = -1;
        }
      }
    }

    private void restore(List<int[]> circlesToKeep) {
      Arrays.fill(circleOf, -1);
      Arrays.fill(histogram, 0);
      Arrays.fill(fits, NONE);
      Arrays.fill(sizes, 0);
      circles = 0;
      total = 0;
      for (int[] circle : circlesToKeep) {
        add(circle, circle.length);
      }
    }

    private void keepIfBest() {
      int placed = 0;
      for (int c = 0; c < circles; c++) {
        placed += sizes[c];
      }
      int worst = worst();
      if (placed > bestPlaced
          || placed == bestPlaced
              && (worst > bestWorst || worst == bestWorst && total > bestTotal)) {
        bestPlaced = placed;
        bestWorst = worst;
        bestTotal = total;
        List<int[]> snapshot = new ArrayList<>();
        for (int c = 0; c < circles; c++) {
          snapshot.add(Arrays.copyOf(members[c], sizes[c]));
        }
        best = snapshot;
      }
    }

    /** The worst fit and how many have it among all circles but those with these fits. */
    private void othersExcept(int fitX, int fitY) {
      if (fitX != NONE) {
        histogram[fitX - LOWEST_FIT]--;
      }
      if (fitY != NONE) {
        histogram[fitY - LOWEST_FIT]--;
      }
      othersWorst = Integer.MAX_VALUE;
      othersCount = 0;
      for (int f = 0; f < histogram.length; f++) {
        if (histogram[f] > 0) {
          othersWorst = f + LOWEST_FIT;
          othersCount = histogram[f];
          break;
        }
      }
      if (fitX != NONE) {
        histogram[fitX - LOWEST_FIT]++;
      }
      if (fitY != NONE) {
        histogram[fitY - LOWEST_FIT]++;
      }
    }

    private int worst() {
      for (int f = 0; f < histogram.length; f++) {
        if (histogram[f] > 0) {
          return f + LOWEST_FIT;
        }
      }
      return Integer.MAX_VALUE;
    }

    private int countAt(int fit) {
      return fit == Integer.MAX_VALUE ? 0 : histogram[fit - LOWEST_FIT];
    }

    /** The search's measure: the worst fit, then fewer circles at it, then the total. */
    private static boolean better(
        int worst, int count, long total, int thanWorst, int thanCount, long thanTotal) {
      if (worst != thanWorst) {
        return worst > thanWorst;
      }
      if (count != thanCount) {
        return count < thanCount;
      }
      return total > thanTotal;
    }

    private static boolean contains(int[] circle, int size, int seeker) {
      for (int k = 0; k < size; k++) {
        if (circle[k] == seeker) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Every grouping of a few placeable seekers: each in turn either stays out or founds, with later
   * seekers, an allowed circle. Keeps the one placing the most, then with the best worst fit, then
   * the best total.
   */
  private static final class Exact {
    private final int[] seekers;
    private final List<List<int[]>> circlesByFirst = new ArrayList<>();
    private final List<int[]> stack = new ArrayList<>();
    private List<int[]> best = List.of();
    private int bestPlaced = -1;
    private int bestWorst;
    private long bestTotal;

    /** Circles as {mask over seekers, fit}, listed under their lowest member. */
    Exact(Pool pool, int[] seekers) {
      this.seekers = seekers;
      int n = seekers.length;
      for (int i = 0; i < n; i++) {
        circlesByFirst.add(new ArrayList<>());
      }
      int[] members = new int[MAX_SIZE];
      for (int mask = 1; mask < 1 << n; mask++) {
        int count = Integer.bitCount(mask);
        if (count < MIN_SIZE || count > MAX_SIZE) {
          continue;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
          if ((mask & 1 << i) != 0) {
            members[k++] = seekers[i];
          }
        }
        if (pool.allowed(members, count)) {
          circlesByFirst
              .get(Integer.numberOfTrailingZeros(mask))
              .add(new int[] {mask, pool.fit(members, count)});
        }
      }
    }

    List<int[]> best() {
      search((1 << seekers.length) - 1, 0, Integer.MAX_VALUE, 0);
      return best;
    }

    private void search(int remaining, int placed, int worst, long total) {
      if (remaining == 0) {
        if (placed > bestPlaced
            || placed == bestPlaced
                && (worst > bestWorst || worst == bestWorst && total > bestTotal)) {
          bestPlaced = placed;
          bestWorst = worst;
          bestTotal = total;
          best = stack.stream().map(this::members).toList();
        }
        return;
      }
      int first = Integer.numberOfTrailingZeros(remaining);
      search(remaining & ~(1 << first), placed, worst, total);
      for (int[] circle : circlesByFirst.get(first)) {
        if ((circle[0] & remaining) == circle[0]) {
          stack.add(circle);
          search(
              remaining & ~circle[0],
              placed + Integer.bitCount(circle[0]),
              Math.min(worst, circle[1]),
              total + circle[1]);
          stack.remove(stack.size() - 1);
        }
      }
    }

    private int[] members(int[] circle) {
      return IntStream.range(0, seekers.length)
          .filter(i -> (circle[0] & 1 << i) != 0)
          .map(i -> seekers[i])
          .toArray();
    }
  }
}
