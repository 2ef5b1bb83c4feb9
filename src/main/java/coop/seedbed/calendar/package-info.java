/**
 * iCalendar in and out, with iCal4j: the invitations, cancellations and feeds Seedbed writes for
 * calls and sessions, and the calendars volunteers give it, read into the times they are busy
 * ({@link coop.seedbed.calendar.BusyCalendar}) however untidy the file their calendar program made.
 * When someone may be booked is booking's rule, not a format: see {@code booking.SlotPlanner}.
 */
package coop.seedbed.calendar;
