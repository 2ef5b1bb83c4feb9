package coop.seedbed.booking;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.Caller;
import coop.seedbed.accounts.Role;
import coop.seedbed.shared.LoadDemoContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Three made-up Digital Candle volunteers in three time zones, so that someone trying Seedbed on
 * the embedded database finds free times to book. Each is named and described as a demo, with an
 * address under {@code demo.seedbed.invalid} that no mail can reach. A profile once there is left
 * as it is, so a demo volunteer edited by hand keeps its edits. When: see {@link
 * coop.seedbed.shared.DemoContent}.
 */
@ApplicationScoped
class DemoVolunteers {

  record Demo(
      String email, String name, String bio, List<String> topics, String zone, String hours) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "ama@demo.seedbed.invalid",
              "Ama (demo volunteer)",
              "Demo profile, made up so that you can try booking a call. Ama would talk about"
                  + " starting a worker co-op and the money side of the first year.",
              List.of("starting", "finance"),
              "Africa/Accra",
              "Mon, Tue, Wed, Thu, Fri 09:00-17:00"),
          new Demo(
              "rosa@demo.seedbed.invalid",
              "Rosa (demo volunteer)",
              "Demo profile, made up so that you can try booking a call. Rosa would talk about"
                  + " governance and turning an existing business into a co-op.",
              List.of("governance", "conversion"),
              "America/New_York",
              "Mon, Wed, Fri 10:00-16:00"),
          new Demo(
              "kiri@demo.seedbed.invalid",
              "Kiri (demo volunteer)",
              "Demo profile, made up so that you can try booking a call. Kiri would talk about"
                  + " legal forms and platform co-ops.",
              List.of("legal-forms", "tech-platforms"),
              "Pacific/Auckland",
              "Tue, Thu 08:00-12:00\nSat 10:00-13:00"));

  @Inject AccountService accounts;
  @Inject VolunteerService volunteers;

  void load(@Observes LoadDemoContent request) {
    int added = 0;
    for (Demo demo : DEMOS) {
      Caller volunteer = accounts.demoAccount(demo.email(), demo.name(), Role.VOLUNTEER);
      if (volunteers.profile(volunteer).isPresent()) {
        continue;
      }
      volunteers.saveProfile(
          volunteer,
          new VolunteerRequest(
              demo.name(),
              demo.bio(),
              null,
              demo.topics(),
              List.of("en"),
              demo.zone(),
              demo.hours(),
              null,
              30,
              null,
              2,
              null,
              null,
              true,
              null));
      added++;
    }
    request.added(added, "demo volunteers");
  }
}
