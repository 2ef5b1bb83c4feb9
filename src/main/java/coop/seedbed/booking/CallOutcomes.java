package coop.seedbed.booking;

import coop.seedbed.accounts.Caller;
import coop.seedbed.directory.FindListings;
import coop.seedbed.guides.GuideLibrary;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in volunteer's side of their calls: the list, and after a call their private notes and
 * the next step they refer the booker to (a listing, a guide or the accelerator).
 */
@ApplicationScoped
class CallOutcomes {

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject BookingViews views;
  @Inject FindListings directory;
  @Inject GuideLibrary guides;
  @Inject Clock clock;

  /** The signed-in volunteer's calls, from 30 days ago on. */
  @Transactional
  public List<BookingView> bookingsOf(@NotNull Caller caller) {
    Volunteer v = ownVolunteer(caller);
    return bookings.ofVolunteer(v.id, Instant.now(clock).minus(Duration.ofDays(30))).stream()
        .map(b -> views.view(b, v, "volunteer"))
        .toList();
  }

  /**
   * The volunteer's private notes after a call, and the next step they suggest, which is mailed to
   * the booker the first time it is set or whenever it changes.
   */
  @Transactional
  public BookingView recordOutcome(
      @NotNull Caller caller, long bookingId, @Valid OutcomeRequest request) {
    Volunteer v = ownVolunteer(caller);
    Booking booking = bookings.get(bookingId);
    if (booking.volunteerId != v.id) {
      throw new NotFoundException("There is no such booking among your calls.");
    }
    if (booking.status != Booking.Status.CONFIRMED) {
      throw new InvalidInputException("", "Only a call that took place can have an outcome.");
    }
    if (booking.startsAt.toInstant().isAfter(Instant.now(clock))) {
      throw new InvalidInputException("", "Write the outcome once the call has started.");
    }
    String referral = SlotChecks.blankToNull(request == null ? null : request.referral());
    String title = null;
    if (referral != null) {
      title = referralTitle(referral);
    }
    booking.outcome = SlotChecks.blankToNull(request == null ? null : request.outcome());
    boolean changed = referral != null && !referral.equals(booking.referral);
    booking.referral = referral;
    if (changed) {
      mails.referred(booking, v, referral, title);
    }
    return views.view(booking, v, "volunteer");
  }

  private String referralTitle(String referral) {
    if (referral.equals("/accelerator")) {
      return "the Seedbed accelerator";
    }
    if (referral.startsWith("/coops/")) {
      try {
        return directory.find(Caller.ANONYMOUS, referral.substring("/coops/".length())).name();
      } catch (NotFoundException e) {
        throw new InvalidInputException(
            "referral", "There is no published listing at " + referral + ".");
      }
    }
    if (referral.startsWith("/guides/")) {
      return guides
          .current()
          .find(referral.substring("/guides/".length()))
          .map(g -> g.title())
          .orElseThrow(
              () ->
                  new InvalidInputException("referral", "There is no guide at " + referral + "."));
    }
    throw new InvalidInputException(
        "referral",
        "Refer people to a listing (/coops/...), a guide (/guides/...) or /accelerator.");
  }

  private Volunteer ownVolunteer(Caller caller) {
    long accountId = caller.requireSignedIn().requirePerson();
    return volunteers
        .findByAccount(accountId)
        .orElseThrow(() -> new NotFoundException("You have no volunteer profile yet."));
  }
}
