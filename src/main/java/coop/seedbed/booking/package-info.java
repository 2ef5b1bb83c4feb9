/**
 * Digital Candle: volunteers give an hour to people thinking of starting a co-op. Owns volunteers'
 * profiles and hours, the availability rules (weekly hours, date overrides, buffers and limits in
 * the volunteer's own zone, planned into free slots by {@link coop.seedbed.booking.SlotPlanner}),
 * bookings (held, confirmed by mail, moved, cancelled), reminders and the private feeds. No two
 * calls of a volunteer ever overlap: the {@code booking_tick} table's primary key decides every
 * race.
 */
package coop.seedbed.booking;
