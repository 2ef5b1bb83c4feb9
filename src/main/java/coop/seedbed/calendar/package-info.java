/**
 * Time and iCalendar for Digital Candle, with iCal4j: the free slots a volunteer can offer (weekly
 * hours, date overrides, buffers and limits, worked out in the volunteer's own zone), the
 * invitations, cancellations and feeds Seedbed writes, and the calendars volunteers give it, read
 * into the times they are busy ({@link coop.seedbed.calendar.BusyCalendar}) however untidy the file
 * their calendar program made.
 */
package coop.seedbed.calendar;
