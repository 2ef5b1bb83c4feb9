/**
 * Digital Candle: volunteers give an hour to people thinking of starting a co-op. Owns volunteers'
 * profiles and hours, their busy times read from their own calendars, free slots, bookings (held,
 * confirmed by mail, moved, cancelled), reminders and the private feeds. No two calls of a
 * volunteer ever overlap: the {@code booking_tick} table's primary key decides every race.
 */
package coop.seedbed.booking;
