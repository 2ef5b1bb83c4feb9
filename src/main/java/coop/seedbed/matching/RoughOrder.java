package coop.seedbed.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The order in which candidates come out of the matchmaking index: {@link Scoring}'s points, part
 * by part with the same caps, worked out in the index for every profile that passes the filters.
 * What scoring compares is packed into a few numbers kept as doc values beside each document
 * (skills as a bitmask of the shared vocabulary, areas, ways of deciding and of pay, remote and
 * hours in one long, sectors as a 64-bit hash mask, the hours of one reference week as three longs,
 * the position), so each candidate costs a handful of reads and popcounts: a hundred thousand
 * profiles are ordered in a few milliseconds, where a query of a clause per part took fifty.
 *
 * <p>It leaves out only what the index cannot know: the attention parts, the real week for
 * working-time overlap (the reference week is a winter one, so a change of clocks can move it by an
 * hour), and a sector hash that two different sectors happen to share. The few hundred it puts
 * first are then scored exactly.
 */
final class RoughOrder extends DoubleValuesSource {

  private static final String SKILLS = "p.skills";
  private static final String TRAITS = "p.traits";
  private static final String SECTORS = "p.sectors";
  private static final String WEEK = "p.week";
  private static final String LATITUDE = "p.lat";
  private static final String LONGITUDE = "p.lon";

  /** Skill codes in a fixed order, one bit each. */
  private static final List<String> SKILL_BITS = List.copyOf(Skills.LABELS.keySet());

  private static final List<String> AREA_BITS = List.copyOf(Skills.AREAS.keySet());
  private static final List<String> DECISION_BITS =
      List.of("consensus", "consent", "majority", "delegated");
  private static final List<String> PAY_BITS = List.of("equal", "capped", "by-role");

  static {
    if (SKILL_BITS.size() > 64 || AREA_BITS.size() > 8) {
      throw new IllegalStateException("the skills no longer fit the packed form of RoughOrder");
    }
  }

  /** What scoring compares of one side, packed. */
  record Packed(
      long skills,
      int areas,
      int decision,
      int pay,
      boolean remote,
      int hours,
      long sectors,
      long[] week,
      Double latitude,
      Double longitude) {

    static Packed of(Facts f) {
      return new Packed(
          bits(f.skills(), SKILL_BITS),
          (int) bits(f.areas(), AREA_BITS),
          (int) bits(f.decision(), DECISION_BITS),
          (int) bits(f.pay(), PAY_BITS),
          f.remote(),
          f.hoursPerWeek(),
          hashes(f.sectors()),
          Arrays.copyOf(f.weeklyHours(MatchDocuments.REFERENCE_WEEK).toLongArray(), 3),
          f.latitude() != null && f.longitude() != null ? f.latitude() : null,
          f.latitude() != null && f.longitude() != null ? f.longitude() : null);
    }

    long traits() {
      return areas
          | (long) decision << 8
          | (long) pay << 12
          | (remote ? 1L : 0L) << 15
          | (long) hours << 16;
    }

    /** The doc values that carry this beside a document. */
    List<NumericDocValuesField> fields() {
      List<NumericDocValuesField> fields =
          new ArrayList<>(
              List.of(
                  new NumericDocValuesField(SKILLS, skills),
                  new NumericDocValuesField(TRAITS, traits()),
                  new NumericDocValuesField(SECTORS, sectors),
                  new NumericDocValuesField(WEEK + 0, week[0]),
                  new NumericDocValuesField(WEEK + 1, week[1]),
                  new NumericDocValuesField(WEEK + 2, week[2])));
      if (latitude != null) {
        fields.add(new NumericDocValuesField(LATITUDE, Double.doubleToRawLongBits(latitude)));
        fields.add(new NumericDocValuesField(LONGITUDE, Double.doubleToRawLongBits(longitude)));
      }
      return fields;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Packed p
          && skills == p.skills
          && traits() == p.traits()
          && sectors == p.sectors
          && Arrays.equals(week, p.week)
          && Objects.equals(latitude, p.latitude)
          && Objects.equals(longitude, p.longitude);
    }

    @Override
    public int hashCode() {
      return Objects.hash(skills, traits(), sectors, Arrays.hashCode(week), latitude, longitude);
    }
  }

  private final Packed you;
  private final boolean roles;

  /** The order for {@code you}, over profiles, or over open roles when {@code roles}. */
  RoughOrder(Facts you, boolean roles) {
    this.you = Packed.of(you);
    this.roles = roles;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    var reader = ctx.reader();
    NumericDocValues skills = DocValues.getNumeric(reader, SKILLS);
    NumericDocValues traits = DocValues.getNumeric(reader, TRAITS);
    NumericDocValues sectors = DocValues.getNumeric(reader, SECTORS);
    NumericDocValues[] week = new NumericDocValues[3];
    for (int i = 0; i < 3; i++) {
      week[i] = DocValues.getNumeric(reader, WEEK + i);
    }
    NumericDocValues latitude = DocValues.getNumeric(reader, LATITUDE);
    NumericDocValues longitude = DocValues.getNumeric(reader, LONGITUDE);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        long theirSkills = skills.advanceExact(doc) ? skills.longValue() : 0;
        long theirTraits = traits.advanceExact(doc) ? traits.longValue() : 0;
        long theirSectors = sectors.advanceExact(doc) ? sectors.longValue() : 0;
        int points = Scoring.LANGUAGE_POINTS;
        if (roles) {
          points += Scoring.neededPoints(Long.bitCount(theirSkills & you.skills()));
        } else {
          points += Scoring.sharedPoints(Long.bitCount(theirSkills & you.skills()));
          int theirAreas = (int) (theirTraits & 0xff);
          points += Scoring.complementaryPoints(Integer.bitCount(theirAreas & ~you.areas()));
          int common = 0;
          for (int i = 0; i < 3; i++) {
            if (week[i].advanceExact(doc)) {
              common += Long.bitCount(week[i].longValue() & you.week()[i]);
            }
          }
          points += Scoring.overlapPoints(common);
          if (((theirTraits >>> 12) & 0x7 & you.pay()) != 0) {
            points += Scoring.PAY_POINTS;
          }
        }
        if (((theirTraits >>> 8) & 0xf & you.decision()) != 0) {
          points += Scoring.DECISION_POINTS;
        }
        if ((theirSectors & you.sectors()) != 0) {
          points += Scoring.SECTOR_POINTS;
        }
        boolean theyRemote = ((theirTraits >>> 15) & 1) == 1;
        Double km = null;
        if (you.latitude() != null && latitude.advanceExact(doc) && longitude.advanceExact(doc)) {
          double lat = Double.longBitsToDouble(latitude.longValue());
          // A degree of latitude is 111 km: farther than that is past every distance that scores.
          if (Math.abs(lat - you.latitude()) <= 1) {
            km =
                Scoring.km(
                    you.latitude(),
                    you.longitude(),
                    lat,
                    Double.longBitsToDouble(longitude.longValue()));
          }
        }
        points += Scoring.distancePoints(km, you.remote() && theyRemote);
        int theirHours = (int) (theirTraits >>> 16);
        points += Scoring.commitmentPoints(Math.abs(theirHours - you.hours()));
        value = points;
        return true;
      }
    };
  }

  private static long bits(Set<String> values, List<String> order) {
    long bits = 0;
    for (String value : values) {
      int at = order.indexOf(value);
      if (at >= 0) {
        bits |= 1L << at;
      }
    }
    return bits;
  }

  private static long hashes(Set<String> values) {
    long bits = 0;
    for (String value : values) {
      bits |= 1L << (value.hashCode() & 63);
    }
    return bits;
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public int hashCode() {
    return Objects.hash(you, roles);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoughOrder o && o.roles == roles && o.you.equals(you);
  }

  @Override
  public String toString() {
    return "roughOrder(" + you.skills() + (roles ? ", roles" : "") + ")";
  }
}
