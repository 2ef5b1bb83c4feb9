package coop.seedbed.accelerator;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a reviewer has a conflict of interest with a team, and why, in words staff and the
 * reviewer can check: one they declared, the same e-mail domain (a shared mail provider does not
 * count), the team's directory listing or a listing they keep together, having been on a team
 * together, or having met through Seedbed (a Digital Candle call). Pure: the service gathers the
 * facts once per reviewer and once per team.
 */
final class Conflicts {

  /** Mail providers whose addresses say nothing about where someone works. */
  static final Set<String> SHARED_PROVIDERS =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "outlook.com",
          "hotmail.com",
          "hotmail.co.uk",
          "live.com",
          "msn.com",
          "yahoo.com",
          "yahoo.co.uk",
          "yahoo.fr",
          "ymail.com",
          "icloud.com",
          "me.com",
          "mac.com",
          "aol.com",
          "proton.me",
          "protonmail.com",
          "pm.me",
          "gmx.com",
          "gmx.de",
          "gmx.net",
          "web.de",
          "posteo.de",
          "posteo.net",
          "mailbox.org",
          "fastmail.com",
          "fastmail.fm",
          "riseup.net",
          "tutanota.com",
          "tuta.io",
          "zoho.com",
          "yandex.com",
          "yandex.ru",
          "mail.ru",
          "qq.com",
          "163.com",
          "hey.com",
          "disroot.org",
          "orange.fr",
          "free.fr",
          "laposte.net",
          "btinternet.com",
          "comcast.net",
          "libero.it",
          "t-online.de");

  /** What is known of a reviewer that could tie them to a team. */
  record ReviewerTies(
      long accountId,
      String email,
      Set<String> listings,
      Set<Long> coMaintainers,
      Set<Long> teammates,
      Set<String> metEmails,
      Set<Long> metAccounts) {}

  /** What is known of a team: its people and its listing. */
  record Team(
      Set<Long> accounts, Set<String> emails, String organisationSlug, Set<Long> declaredBy) {}

  private Conflicts() {}

  static Optional<String> reason(ReviewerTies r, Team t) {
    if (t.declaredBy().contains(r.accountId())) {
      return Optional.of("declared by the reviewer");
    }
    if (t.accounts().contains(r.accountId()) || t.emails().contains(r.email())) {
      return Optional.of("the reviewer is on this team");
    }
    String domain = domain(r.email());
    if (domain != null && !SHARED_PROVIDERS.contains(domain)) {
      for (String email : t.emails()) {
        if (domain.equals(domain(email))) {
          return Optional.of("the same e-mail domain as someone on the team (" + domain + ")");
        }
      }
    }
    if (t.organisationSlug() != null && r.listings().contains(t.organisationSlug())) {
      return Optional.of("the reviewer keeps the team's directory listing");
    }
    if (intersects(r.coMaintainers(), t.accounts())) {
      return Optional.of("the reviewer keeps a directory listing with someone on the team");
    }
    if (intersects(r.teammates(), t.accounts())) {
      return Optional.of("the reviewer has applied together with someone on the team");
    }
    if (intersects(r.metEmails(), t.emails()) || intersects(r.metAccounts(), t.accounts())) {
      return Optional.of("the reviewer met someone on the team through Seedbed");
    }
    return Optional.empty();
  }

  static String domain(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static <T> boolean intersects(Collection<T> a, Collection<T> b) {
    for (T item : a) {
      if (b.contains(item)) {
        return true;
      }
    }
    return false;
  }
}
