package coop.seedbed.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The facts stored with each document of the matchmaking index, in Lucene's own compact binary
 * form. Every suggestion decodes a few hundred of them, and JSON took some twenty microseconds
 * each, more than the search itself; this takes about one. The first byte is the form's version, so
 * an index written by an older build is recognised (the index is rebuilt at every start anyway).
 */
final class FactsCodec {

  private static final byte VERSION = 1;

  private FactsCodec() {}

  static BytesRef encode(Facts f) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      out.writeString(f.kind());
      out.writeVLong(f.id());
      out.writeZLong(f.accountId());
      out.writeString(f.name());
      strings(out, f.wants());
      strings(out, f.skills());
      strings(out, f.sectors());
      strings(out, f.decision());
      strings(out, f.pay());
      out.writeVInt(f.hoursPerWeek());
      optional(out, f.city());
      optional(out, f.country());
      boolean located = f.latitude() != null && f.longitude() != null;
      out.writeByte((byte) (located ? 1 : 0));
      if (located) {
        out.writeLong(Double.doubleToLongBits(f.latitude()));
        out.writeLong(Double.doubleToLongBits(f.longitude()));
      }
      out.writeZInt(f.radiusKm() == null ? -1 : f.radiusKm());
      out.writeByte((byte) (f.remote() ? 1 : 0));
      out.writeString(f.timeZone());
      out.writeVInt(f.workStart().toSecondOfDay());
      out.writeVInt(f.workEnd().toSecondOfDay());
      strings(out, f.workDays());
      out.writeByte((byte) (f.overlapMatters() ? 1 : 0));
      strings(out, f.languages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static Facts decode(BytesRef stored) {
    try {
      return read(new ByteArrayDataInput(stored.bytes, stored.offset, stored.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Facts read(ByteArrayDataInput in) throws IOException {
    byte version = in.readByte();
    if (version != VERSION) {
      throw new IllegalStateException("matchmaking index holds facts of form " + version);
    }
    String kind = in.readString();
    long id = in.readVLong();
    long account = in.readZLong();
    String name = in.readString();
    Set<String> wants = strings(in);
    Set<String> skills = strings(in);
    Set<String> sectors = strings(in);
    Set<String> decision = strings(in);
    Set<String> pay = strings(in);
    int hours = in.readVInt();
    String city = optional(in);
    String country = optional(in);
    Double latitude = null;
    Double longitude = null;
    if (in.readByte() == 1) {
      latitude = Double.longBitsToDouble(in.readLong());
      longitude = Double.longBitsToDouble(in.readLong());
    }
    int radius = in.readZInt();
    boolean remote = in.readByte() == 1;
    String zone = in.readString();
    LocalTime start = LocalTime.ofSecondOfDay(in.readVInt());
    LocalTime end = LocalTime.ofSecondOfDay(in.readVInt());
    Set<String> days = strings(in);
    boolean overlap = in.readByte() == 1;
    Set<String> languages = strings(in);
    return new Facts(
        kind,
        id,
        account,
        name,
        wants,
        skills,
        sectors,
        decision,
        pay,
        hours,
        city,
        country,
        latitude,
        longitude,
        radius < 0 ? null : radius,
        remote,
        zone,
        start,
        end,
        days,
        overlap,
        languages);
  }

  private static void strings(ByteBuffersDataOutput out, Collection<String> values)
      throws IOException {
    out.writeVInt(values.size());
    for (String value : values) {
      out.writeString(value);
    }
  }

  private static Set<String> strings(ByteArrayDataInput in) throws IOException {
    int n = in.readVInt();
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(in.readString());
    }
    return Set.copyOf(values);
  }

  private static void optional(ByteBuffersDataOutput out, String value) throws IOException {
    out.writeByte((byte) (value == null ? 0 : 1));
    if (value != null) {
      out.writeString(value);
    }
  }

  private static String optional(ByteArrayDataInput in) throws IOException {
    return in.readByte() == 1 ? in.readString() : null;
  }
}
