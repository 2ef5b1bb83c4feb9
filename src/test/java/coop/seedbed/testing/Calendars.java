package coop.seedbed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;

/** Invites in mail and feeds read back as a calendar app would, with iCal4j. */
public final class Calendars {

  private Calendars() {}

  /** The text/calendar part of a mail; fails the test when there is none. */
  public static String calendarPart(MimeMessage message) {
    try {
      String found = calendarPart(message.getContent());
      assertThat(found).as("a text/calendar part").isNotNull();
      return found;
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String calendarPart(Object content) throws MessagingException, IOException {
    if (!(content instanceof Multipart multipart)) {
      return null;
    }
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
        Object body = part.getContent();
        return body instanceof InputStream in
            ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
            : body.toString();
      }
      String inner = calendarPart(part.getContent());
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  public static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (Exception e) {
      throw new AssertionError("not a readable iCalendar file:\n" + ics, e);
    }
  }

  public static VEvent event(Calendar calendar) {
    return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
  }

  /** A property's value; fails when it is missing. */
  public static String prop(PropertyContainer container, String name) {
    return container.<Property>getProperty(name).orElseThrow().getValue();
  }

  /** A property's value, or null when it is missing. */
  public static String value(PropertyContainer container, String name) {
    return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }
}
