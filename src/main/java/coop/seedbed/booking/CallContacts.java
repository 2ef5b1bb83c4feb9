package coop.seedbed.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Set;

/** Who a person has met on Digital Candle calls, for other features' conflicts of interest. */
@ApplicationScoped
public class CallContacts {

  @Inject Bookings bookings;

  /** Who a person has met on a Digital Candle call, from either side: addresses and accounts. */
  public record Met(Set<String> emails, Set<Long> accounts) {}

  @Transactional
  public Met metOnCalls(long accountId, @NotNull String email) {
    return new Met(
        Set.copyOf(bookings.bookersMetBy(accountId)),
        Set.copyOf(bookings.volunteersMetBy(email.toLowerCase(Locale.ROOT))));
  }
}
