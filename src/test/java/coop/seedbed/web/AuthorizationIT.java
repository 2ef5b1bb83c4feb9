package coop.seedbed.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.HostileRequests;
import coop.seedbed.testing.HostileRequests.Operation;
import coop.seedbed.testing.HostileRequests.Param;
import coop.seedbed.testing.Imports;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.Multipart;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what: every operation of {@code /openapi} called by every kind of caller, each answer
 * held against the table below. An operation without a row, a row without an operation, or a cell
 * whose status changed fails the test, and the failure prints the table as Seedbed answers now.
 *
 * <p>Requests carry a valid or plausible body, so that the caller, not the input, is what differs
 * along a row. Path parameters name real things where ownership matters: listing Y, document D,
 * application A, matching profile P and an introduction to P belong to people who are none of the
 * callers, and the "other" maintainer maintains listing X. An operation that changes something gets
 * a fresh listing, document, cohort, application or claim for each cell, so no cell sees another's
 * effect. Identifiers with no fixture (a booking token, a review, a session, a circle...) name
 * nothing: those rows show what a caller learns about something that does not exist.
 *
 * <p>Reading the table: 401 means "sign in" (anonymous, a signed-out session, and a bearer token
 * that is not the admin token, even on public reads); under {@code /api/admin} a signed-in person
 * who is not staff gets 403 before the input is read; the admin token is staff automation, not a
 * person, so operations on the caller's own things answer it 401; staff people pass role checks
 * ({@code Caller.requireRole}), so they may keep a volunteer profile without the volunteer role.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

  /**
   * Columns: anonymous; signed in but unverified; verified; maintainer of listing X acting on
   * listing Y; Digital Candle volunteer; staff (a person); the admin token; a bearer token that is
   * not the admin token; the session cookie of a session that was signed out.
   */
  private static final String TABLE =
      """
      operation                                                     anon unver verif other volun staff token wrong outed
      getAcceleratorApplications                                     401   200   200   200   200   200   401   401   401
      getAcceleratorApplicationsById                                 401   404   404   404   404   200   200   401   401
      putAcceleratorApplicationsById                                 401   404   404   404   404   403   403   401   401
      postAcceleratorApplicationsByIdCheckins                        401   403   403   403   403   403   401   401   401
      postAcceleratorApplicationsByIdConflicts                       401   403   403   403   403   404   401   401   401
      getAcceleratorApplicationsByIdFilesByQuestion                  401   404   404   404   404   404   404   401   401
      putAcceleratorApplicationsByIdFilesByQuestion                  401   404   404   404   404   403   403   401   401
      getAcceleratorApplicationsByIdInterview                        401   403   403   403   403   404   404   401   401
      putAcceleratorApplicationsByIdInterview                        401   403   403   403   403   403   401   401   401
      deleteAcceleratorApplicationsByIdInterview                     401   403   403   403   403   403   401   401   401
      getAcceleratorApplicationsByIdInterviewSlots                   401   403   403   403   403   403   401   401   401
      postAcceleratorApplicationsByIdMembers                         401   404   404   404   404   403   403   401   401
      deleteAcceleratorApplicationsByIdMembersByMember               401   404   404   404   404   403   403   401   401
      putAcceleratorApplicationsByIdMilestonesByMilestoneId          401   403   403   403   403   403   401   401   401
      postAcceleratorApplicationsByIdNotes                           401   403   403   403   403   404   401   401   401
      postAcceleratorApplicationsByIdResponse                        401   403   403   403   403   403   401   401   401
      postAcceleratorApplicationsByIdSubmission                      401   404   404   404   404   403   403   401   401
      getAcceleratorApplicationsByIdTeam                             401   403   403   403   403   404   404   401   401
      postAcceleratorApplicationsByIdWithdrawal                      401   404   404   404   404   403   403   401   401
      getAcceleratorCohorts                                          200   200   200   200   200   200   200   401   200
      getAcceleratorCohortsByCohort                                  200   200   200   200   200   200   200   401   200
      postAcceleratorCohortsByCohortApplications                     401   403   201   201   201   201   401   401   401
      putAcceleratorCohortsByCohortExpertise                         401   404   404   404   404   404   401   401   401
      getAcceleratorInvitationsByToken                               404   404   404   404   404   404   404   401   404
      postAcceleratorInvitationsByToken                              401   403   404   404   404   404   401   401   401
      getAcceleratorMentoring                                        401   200   200   200   200   200   401   401   401
      getAcceleratorReviews                                          401   403   403   403   403   200   401   401   401
      getAcceleratorReviewsById                                      401   403   403   403   403   404   401   401   401
      putAcceleratorReviewsById                                      401   403   403   403   403   404   401   401   401
      getAcceleratorReviewsByIdFilesByQuestion                       401   403   403   403   403   404   401   401   401
      getAcceleratorTracksByProgramme                                200   200   200   200   200   200   200   401   200
      putAcceleratorTracksByProgrammeGuidesBySlug                    401   404   404   404   404   404   401   401   401
      deleteAcceleratorTracksByProgrammeGuidesBySlug                 401   404   404   404   404   404   401   401   401
      postAccounts                                                   202   202   202   202   202   202   202   401   202
      postAccountsVerification                                       422   422   422   422   422   422   422   401   422
      postAdminAcceleratorApplicationsByIdDecision                   401   403   403   403   403   409   409   401   401
      putAdminAcceleratorApplicationsByIdMentorsByEmail              401   403   403   403   403   404   404   401   401
      deleteAdminAcceleratorApplicationsByIdMentorsByEmail           401   403   403   403   403   204   204   401   401
      putAdminAcceleratorApplicationsByIdRedactions                  401   403   403   403   403   200   200   401   401
      putAdminAcceleratorApplicationsByIdReviewersByEmail            401   403   403   403   403   409   409   401   401
      deleteAdminAcceleratorApplicationsByIdReviewersByEmail         401   403   403   403   403   404   404   401   401
      putAdminAcceleratorApplicationsByIdShortlist                   401   403   403   403   403   409   409   401   401
      getAdminAcceleratorCohorts                                     401   403   403   403   403   200   200   401   401
      postAdminAcceleratorCohorts                                    401   403   403   403   403   422   422   401   401
      getAdminAcceleratorCohortsByCohort                             401   403   403   403   403   200   200   401   401
      getAdminAcceleratorCohortsByCohortApplications                 401   403   403   403   403   200   200   401   401
      postAdminAcceleratorCohortsByCohortAssignment                  401   403   403   403   403   200   200   401   401
      getAdminAcceleratorCohortsByCohortExportCsv                    401   403   403   403   403   200   200   401   401
      getAdminAcceleratorCohortsByCohortExportJson                   401   403   403   403   403   200   200   401   401
      putAdminAcceleratorCohortsByCohortMailTemplates                401   403   403   403   403   200   200   401   401
      getAdminAcceleratorCohortsByCohortProgress                     401   403   403   403   403   200   200   401   401
      putAdminAcceleratorCohortsByCohortQuestions                    401   403   403   403   403   200   200   401   401
      getAdminAcceleratorCohortsByCohortRanking                      401   403   403   403   403   200   200   401   401
      getAdminAcceleratorCohortsByCohortReviewers                    401   403   403   403   403   200   200   401   401
      putAdminAcceleratorCohortsByCohortReviewersByEmail             401   403   403   403   403   422   422   401   401
      deleteAdminAcceleratorCohortsByCohortReviewersByEmail          401   403   403   403   403   204   204   401   401
      getAdminAcceleratorCohortsByCohortSessions                     401   403   403   403   403   200   200   401   401
      postAdminAcceleratorCohortsByCohortSessions                    401   403   403   403   403   422   422   401   401
      getAdminAcceleratorCohortsByCohortTeams                        401   403   403   403   403   200   200   401   401
      putAdminAcceleratorCohortsByCohortWindow                       401   403   403   403   403   200   200   401   401
      getAdminAcceleratorProgrammes                                  401   403   403   403   403   200   200   401   401
      postAdminAcceleratorProgrammes                                 401   403   403   403   403   422   422   401   401
      putAdminAcceleratorSessionsById                                401   403   403   403   403   404   404   401   401
      deleteAdminAcceleratorSessionsById                             401   403   403   403   403   404   404   401   401
      putAdminAccountsByEmailRolesByRole                             401   403   403   403   403   200   200   401   401
      deleteAdminAccountsByEmailRolesByRole                          401   403   403   403   403   200   200   401   401
      getAdminClaims                                                 401   403   403   403   403   200   200   401   401
      postAdminClaimsByIdApproval                                    401   403   403   403   403   200   200   401   401
      postAdminClaimsByIdRejection                                   401   403   403   403   403   200   200   401   401
      getAdminDatabaseRows                                           401   403   403   403   403   200   200   401   401
      loadDemoContent                                                401   403   403   403   403   200   200   401   401
      getAdminGuidesProblems                                         401   403   403   403   403   200   200   401   401
      postAdminMatchingCircles                                       401   403   403   403   403   200   200   401   401
      getAdminMatchingCohortsByCohortMentorAssignment                401   403   403   403   403   200   200   401   401
      postAdminMatchingCohortsByCohortMentorAssignment               401   403   403   403   403   200   200   401   401
      postAdminMatchingCohortsByCohortMentorAssignmentConfirmation   401   403   403   403   403   409   409   401   401
      putAdminMatchingCohortsByCohortMentorAssignmentByApplication   401   403   403   403   403   404   404   401   401
      postAdminOrganisationsImport                                   401   403   403   403   403   202   202   401   401
      getAdminOrganisationsImports                                   401   403   403   403   403   200   200   401   401
      getAdminOrganisationsImportsById                               401   403   403   403   403   200   200   401   401
      getAdminOrganisationsPending                                   401   403   403   403   403   200   200   401   401
      postAdminOrganisationsReconfirmationCheck                      401   403   403   403   403   200   200   401   401
      postAdminOrganisationsBySlugApproval                           401   403   403   403   403   200   200   401   401
      postAdminOrganisationsBySlugReconfirmation                     401   403   403   403   403   200   200   401   401
      postAdminOrganisationsBySlugRejection                          401   403   403   403   403   200   200   401   401
      postAdminOrganisationsBySlugRevisionsByNumberRevert            401   403   403   403   403   200   200   401   401
      getAdminSearchQueries                                          401   403   403   403   403   200   200   401   401
      postAdminSearchRebuild                                         401   403   403   403   403   202   202   401   401
      getAdminSearchStatus                                           401   403   403   403   403   200   200   401   401
      postCandleBookings                                             422   422   422   422   422   422   422   401   422
      getCandleBookingsByToken                                       404   404   404   404   404   404   404   401   404
      deleteCandleBookingsByToken                                    404   404   404   404   404   404   404   401   404
      getCandleBookingsByTokenIcs                                    404   404   404   404   404   404   404   401   404
      postCandleBookingsByTokenConfirm                               404   404   404   404   404   404   404   401   404
      postCandleBookingsByTokenMove                                  404   404   404   404   404   404   404   401   404
      getCandleMe                                                    401   404   404   404   200   404   401   401   401
      putCandleMe                                                    401   403   403   403   200   200   401   401   401
      getCandleMeBookings                                            401   404   404   404   200   200   401   401   401
      putCandleMeBookingsByIdOutcome                                 401   404   404   404   404   404   401   401   401
      putCandleMeBusyCalendar                                        401   404   404   404   200   200   401   401   401
      putCandleMeBusyCalendarUrl                                     401   404   404   404   200   200   401   401   401
      getCandleSlots                                                 200   200   200   200   200   200   200   401   200
      getCandleVolunteers                                            200   200   200   200   200   200   200   401   200
      getDocuments                                                   200   200   200   200   200   200   200   401   200
      postDocuments                                                  401   403   403   202   403   202   202   401   401
      getDocumentsBySlug                                             200   200   200   200   200   200   200   401   200
      putDocumentsBySlug                                             401   403   403   403   403   200   200   401   401
      deleteDocumentsBySlug                                          401   403   403   403   403   204   204   401   401
      postDocumentsBySlugExtraction                                  401   403   403   403   403   202   202   401   401
      getDocumentsBySlugFile                                         200   200   200   200   200   200   200   401   200
      putDocumentsBySlugFile                                         401   403   403   403   403   202   202   401   401
      getGuides                                                      200   200   200   200   200   200   200   401   200
      getGuidesBySlug                                                200   200   200   200   200   200   200   401   200
      getLegalForms                                                  200   200   200   200   200   200   200   401   200
      getLegalFormsSuggestions                                       422   422   422   422   422   422   422   401   422
      postMatchingBlocks                                             401   204   204   204   204   204   401   401   401
      getMatchingCircles                                             401   200   200   200   200   200   401   401   401
      postMatchingCirclesByIdAnswer                                  401   404   404   404   404   404   401   401   401
      postMatchingHidden                                             401   204   204   204   204   204   401   401   401
      getMatchingIntroductions                                       401   200   200   200   200   200   401   401   401
      postMatchingIntroductions                                      401   403   422   422   422   422   401   401   401
      postMatchingIntroductionsByIdAnswer                            401   404   404   404   404   404   401   401   401
      getMatchingMe                                                  401   404   404   404   404   404   401   401   401
      putMatchingMe                                                  401   403   200   200   200   200   401   401   401
      deleteMatchingMe                                               401   404   204   204   204   204   401   401   401
      getMatchingProfilesById                                        404   200   200   200   200   200   404   401   404
      getMatchingSuggestions                                         401   404   404   404   404   404   401   401   401
      getMe                                                          401   200   200   200   200   200   401   401   401
      getMeExport                                                    401   200   200   200   200   200   401   401   401
      postMeVerificationMail                                         401   202   202   202   202   202   401   401   401
      getOrganisations                                               200   200   200   200   200   200   200   401   200
      postOrganisations                                              401   403   201   201   201   201   401   401   401
      postOrganisationsClaimsRedemption                              401   403   422   422   422   422   401   401   401
      postOrganisationsConfirmation                                  410   410   410   410   410   410   410   401   410
      getOrganisationsExportCsv                                      200   200   200   200   200   200   200   401   200
      getOrganisationsExportJsonl                                    200   200   200   200   200   200   200   401   200
      getOrganisationsBySlug                                         200   200   200   200   200   200   200   401   200
      putOrganisationsBySlug                                         401   403   403   403   403   200   200   401   401
      postOrganisationsBySlugClaims                                  401   403   202   202   202   202   401   401   401
      postOrganisationsBySlugConfirmation                            401   403   403   403   403   200   200   401   401
      getOrganisationsBySlugMaintainers                              401   403   403   403   403   200   200   401   401
      postOrganisationsBySlugMaintainers                             401   403   403   403   403   202   202   401   401
      getOrganisationsBySlugMurmurations                             200   200   200   200   200   200   200   401   200
      getOrganisationsBySlugRevisions                                401   403   403   403   403   200   200   401   401
      getOrganisationsBySlugRoles                                    200   200   200   200   200   200   200   401   200
      postOrganisationsBySlugRoles                                   401   403   403   403   403   201   401   401   401
      deleteOrganisationsBySlugRolesById                             401   404   404   404   404   404   401   401   401
      putOrganisationsBySlugStatus                                   401   403   403   403   403   409   409   401   401
      postPasswordResets                                             202   202   202   202   202   202   202   401   202
      postPasswordResetsRedemption                                   422   422   422   422   422   422   422   401   422
      getSearch                                                      200   200   200   200   200   200   200   401   200
      postSearch                                                     200   200   200   200   200   200   200   401   200
      getSearchSuggest                                               200   200   200   200   200   200   200   401   200
      postSession                                                    401   401   401   401   401   401   401   401   401
      postSessionLinks                                               202   202   202   202   202   202   202   401   202
      postSessionLinksRedemption                                     422   422   422   422   422   422   422   401   422
      postMeDeletion                                                 401   422   422   422   422   422   401   401   401
      deleteSession                                                  204   204   204   204   204   204   204   401   204
      """;

  private static final List<String> CALLERS =
      List.of("anon", "unver", "verif", "other", "volun", "staff", "token", "wrong", "outed");

  /** Operations that end the caller's session or account: called last, after every other row. */
  private static final List<String> LAST = List.of("postMeDeletion", "deleteSession");

  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

  private static final String NOTHING = "999999999";

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  private Client staffToken;
  private Client owner;
  private Client applicant;
  private String target;
  private String listingY;
  private String documentD;
  private String programme;
  private String cohortC;
  private String applicationA;
  private String guide;
  private String profileP;
  private String applicantProfile;
  private String introductionI;
  private String importJobJ;
  private final Map<String, Client> callers = new LinkedHashMap<>();
  private String signedOutCookie;
  private final Random addresses = new Random(15);

  @Test
  void everyOperation_asEveryCaller_answersAsTheTableSays() {
    setUp();
    JsonObject document = new Client(base).get("/openapi?format=JSON").json();
    Map<String, Operation> operations = operationsById(document);
    Map<String, Map<String, Integer>> expected = parse(TABLE);

    List<String> failures = new ArrayList<>();
    for (String id : operations.keySet()) {
      if (!expected.containsKey(id)) {
        failures.add(id + ": in /openapi but has no row in the table");
      }
    }
    for (String id : expected.keySet()) {
      if (!operations.containsKey(id)) {
        failures.add(id + ": has a row in the table but is not in /openapi");
      }
    }

    // The document's order of methods within a path is not fixed, and a read after a delete
    // answers differently from one before it: reads first, then writes, then deletes, path by
    // path; and what ends a caller's session after everything else.
    List<String> order = new ArrayList<>(operations.keySet());
    order.sort(
        Comparator.<String>comparingInt(LAST::indexOf)
            .thenComparing(id -> operations.get(id).path())
            .thenComparingInt(id -> METHODS.indexOf(operations.get(id).method())));
    Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
    for (String id : order) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (String caller : CALLERS) {
        Answer answer = call(id, operations.get(id), caller);
        row.put(caller, answer.status());
        Integer wanted = expected.getOrDefault(id, Map.of()).get(caller);
        if (wanted != null && wanted != answer.status()) {
          failures.add(id + " as " + caller + ": expected " + wanted + ", got " + answer);
        }
      }
      actual.put(id, row);
    }

    System.out.printf(
        "Authorization table: %d operations x %d callers = %d cells, %d differ%n",
        operations.size(), CALLERS.size(), operations.size() * CALLERS.size(), failures.size());
    if (!failures.isEmpty()) {
      System.out.println("Authorization table as Seedbed answers now:\n" + format(actual));
    }
    assertThat(failures).as("cells that differ from the table").isEmpty();
  }

  // The callers and what they act on.

  private void setUp() {
    staffToken = People.staff(base);
    owner = People.verified(base, Mailbox.newAddress("authz-owner"));
    listingY = approvedListing("authz-Listing Y");
    documentD = document();
    target = Mailbox.newAddress("authz-target");
    People.verified(base, target);
    programme = programme();
    applicant = People.verified(base, Mailbox.newAddress("authz-applicant"));
    cohortC = cohort();
    applicationA = application(cohortC);
    profileP = matchingProfileOf(owner);
    applicantProfile = matchingProfileOf(applicant);
    Answer asked =
        applicant.postJson(
            "/api/matching/introductions",
            Json.createObjectBuilder()
                .add("profile", Long.parseLong(profileP))
                .add("note", "We could bake together.")
                .build());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    introductionI = String.valueOf(asked.json().getJsonNumber("id").longValue());
    importJobJ =
        String.valueOf(
            Imports.run(staffToken, List.of("{\"name\": \"authz-Imported\", \"kind\": \"worker\"}"))
                .getJsonNumber("id")
                .longValue());
    guide = new Client(base).get("/api/guides").jsonArray().getJsonObject(0).getString("slug");

    callers.put("anon", new Client(base));
    callers.put("unver", People.signedUp(base, Mailbox.newAddress("authz-unverified")));
    callers.put("verif", People.verified(base, Mailbox.newAddress("authz-verified")));
    String maintainerEmail = Mailbox.newAddress("authz-maintainer");
    Client maintainer = People.verified(base, maintainerEmail);
    approve(submit(maintainer, "authz-Listing X"));
    callers.put("other", maintainer);
    String volunteerEmail = Mailbox.newAddress("authz-volunteer");
    callers.put("volun", People.verified(base, volunteerEmail));
    grant(volunteerEmail, "volunteer");
    Answer profile = callers.get("volun").putJson("/api/candle/me", volunteerProfile().build());
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    String staffEmail = Mailbox.newAddress("authz-staff");
    callers.put("staff", People.verified(base, staffEmail));
    grant(staffEmail, "staff");
    callers.put("token", staffToken);
    callers.put("wrong", new Client(base).withBearer("authz-not-the-admin-token-0123456789"));
    callers.put("outed", new Client(base));
    signedOutCookie = signedOutSession();
  }

  /** The cookie of a verified person's session, after they signed out. */
  private String signedOutSession() {
    Client person = People.verified(base, Mailbox.newAddress("authz-signed-out"));
    String cookie = person.cookie("SEEDBED_SESSION").orElseThrow().getValue();
    Client replay = new Client(base);
    Answer before =
        replay.send(replay.request("/api/me").header("Cookie", "SEEDBED_SESSION=" + cookie).GET());
    assertThat(before.status()).as("the cookie works before signing out: " + before).isEqualTo(200);
    Answer out = person.delete("/api/session");
    assertThat(out.status()).as(out.toString()).isLessThan(300);
    return cookie;
  }

  /** A claim waiting for moderators: the applicant asks to maintain a fresh listing. */
  private String claim() {
    String slug = approvedListing("authz-Claimed");
    Answer asked =
        applicant.postJson(
            "/api/organisations/" + slug + "/claims",
            Json.createObjectBuilder().add("message", "I bake there.").build());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    return staffToken.get("/api/admin/claims").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("organisationSlug").equals(slug))
        .map(c -> String.valueOf(c.getJsonNumber("id").longValue()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim listed for " + slug));
  }

  private String matchingProfileOf(Client person) {
    Answer saved = person.putJson("/api/matching/me", matchingProfile().build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    return String.valueOf(saved.json().getJsonNumber("id").longValue());
  }

  private void grant(String email, String role) {
    Answer granted = staffToken.put("/api/admin/accounts/" + email + "/roles/" + role);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
  }

  private String submit(Client maintainer, String name) {
    return SweepIT.submitListing(maintainer, name);
  }

  private void approve(String slug) {
    Answer approved = staffToken.postJson("/api/admin/organisations/" + slug + "/approval", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
  }

  private String approvedListing(String name) {
    String slug = submit(owner, name);
    approve(slug);
    return slug;
  }

  private String document() {
    Answer uploaded =
        owner.send(
            new Multipart()
                .field("title", "authz-Model rules " + UUID.randomUUID().toString().substring(0, 8))
                .field("summary", "A document for the authorization table.")
                .field("jurisdiction", "GB")
                .field("topics", "legal")
                .field("licence", "CC BY-SA 4.0")
                .file("file", "rules.txt", "text/plain", "Model rules.".getBytes(UTF_8))
                .into(owner.request("/api/documents"), "POST"));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
    String slug = uploaded.json().getString("slug");
    // Read first: a document being read answers some requests differently from a ready one.
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> owner.get("/api/documents/" + slug).json().getString("status").equals("ready"));
    return slug;
  }

  private String programme() {
    String slug = "authz-prog-" + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        staffToken.postJson(
            "/api/admin/accelerator/programmes",
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Programme " + slug)
                .add("audience", "New worker co-ops")
                .add("offer", "Twelve weeks of support")
                .add("criteria", "A team that can do it")
                .add(
                    "rubric",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "Team")
                                .add("weight", 1)
                                .add(
                                    "levels",
                                    Json.createArrayBuilder()
                                        .add("absent")
                                        .add("weak")
                                        .add("fair")
                                        .add("good")
                                        .add("excellent"))))
                .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return slug;
  }

  private String cohort() {
    String slug = "authz-cohort-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    Answer created =
        staffToken.postJson(
            "/api/admin/accelerator/cohorts",
            Json.createObjectBuilder()
                .add("programme", programme)
                .add("slug", slug)
                .add("name", "Cohort " + slug)
                .add("startsOn", "2027-03-01")
                .add("endsOn", "2027-06-01")
                .add("capacity", 5)
                .add("timeZone", "Europe/London")
                .add("opens", now.minusHours(2).toString())
                .add("closes", now.plusDays(1).toString())
                .add("reviewsPerApplication", 1)
                .add("blind", false)
                .add(
                    "questions",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("kind", "long-text")
                                .add("label", "What problem do you solve?")
                                .add("wordLimit", 40)))
                .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return slug;
  }

  private String application(String cohort) {
    Answer started =
        applicant.postJson(
            "/api/accelerator/cohorts/" + cohort + "/applications",
            Json.createObjectBuilder()
                .add("projectName", "authz-Bakery")
                .add("name", "Applicant")
                .add("eligibility", JsonValue.EMPTY_JSON_OBJECT)
                .build());
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    return String.valueOf(started.json().getJsonNumber("id").longValue());
  }

  /**
   * The value of a path parameter: a shared fixture for reading, a fresh one for anything that
   * changes state, or the id of nothing.
   */
  private String value(Operation operation, String param) {
    String path = operation.path();
    boolean reads = operation.method().equals("GET");
    Supplier<String> fresh =
        switch (param) {
          case "email" -> () -> target;
          case "role" -> () -> "reviewer";
          case "number" -> () -> "1";
          case "programme" -> () -> programme;
          case "slug" -> {
            if (path.startsWith("/api/organisations/")
                || path.startsWith("/api/admin/organisations/")) {
              if (reads) {
                yield () -> listingY;
              }
              yield path.endsWith("/approval") || path.endsWith("/rejection")
                  ? () -> submit(owner, "authz-Pending")
                  : () -> approvedListing("authz-Fresh");
            }
            if (path.startsWith("/api/documents/")) {
              yield reads ? () -> documentD : this::document;
            }
            yield () -> guide;
          }
          case "cohort" -> reads ? () -> cohortC : this::cohort;
          case "application" -> () -> applicationA;
          case "id" -> {
            if (path.startsWith("/api/accelerator/applications/")
                || path.startsWith("/api/admin/accelerator/applications/")) {
              yield reads ? () -> applicationA : () -> application(cohort());
            }
            if (path.startsWith("/api/admin/claims/")) {
              yield this::claim;
            }
            if (path.startsWith("/api/matching/profiles/")) {
              yield () -> profileP;
            }
            if (path.startsWith("/api/matching/introductions/")) {
              yield () -> introductionI;
            }
            if (path.startsWith("/api/admin/organisations/imports/")) {
              yield () -> importJobJ;
            }
            yield () -> NOTHING;
          }
          case "token" -> () -> "authz-no-such-token";
          default -> () -> NOTHING;
        };
    return fresh.get();
  }

  // One cell.

  private Answer call(String id, Operation operation, String caller) {
    String path = operation.path();
    for (Param param : operation.params()) {
      if (param.in().equals("path")) {
        path = path.replace("{" + param.name() + "}", value(operation, param.name()));
      }
    }
    StringBuilder query = new StringBuilder();
    for (Param param : operation.params()) {
      if (param.in().equals("query") && param.schema().containsKey("enum")) {
        query.append(query.isEmpty() ? "?" : "&").append(param.name()).append('=');
        query.append(param.schema().getJsonArray("enum").getString(0));
      }
    }
    Client client = callers.get(caller);
    // HTTP/1.1 and an address of its own for each request, as in the hostile sweep: rate limits
    // per address never answer for a caller who has made many requests before.
    HttpRequest.Builder request = client.request(path + query).version(HttpClient.Version.HTTP_1_1);
    request.setHeader(
        "X-Forwarded-For", "10.15." + addresses.nextInt(256) + "." + (1 + addresses.nextInt(254)));
    if (caller.equals("outed")) {
      request.header("Cookie", "SEEDBED_SESSION=" + signedOutCookie);
    }
    body(id, operation, request);
    return client.send(request);
  }

  private void body(String id, Operation operation, HttpRequest.Builder request) {
    if (operation.bodyType() == null) {
      request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
      return;
    }
    switch (operation.bodyType()) {
      case "multipart/form-data" -> {
        Multipart form =
            new Multipart()
                .field("title", "authz-Rules " + UUID.randomUUID().toString().substring(0, 8))
                .field("summary", "A document for the authorization table.")
                .field("jurisdiction", "GB")
                .field("topics", "legal")
                .field("licence", "CC BY-SA 4.0")
                .file("file", "rules.txt", "text/plain", "Model rules.".getBytes(UTF_8));
        form.into(request, operation.method());
      }
      case "text/calendar" -> send(operation, request, "text/calendar", calendar());
      case "application/octet-stream" ->
          send(operation, request, "application/octet-stream", "authz file");
      case "application/x-ndjson" ->
          send(operation, request, "application/x-ndjson", plausible(operation) + "\n");
      default ->
          send(
              operation,
              request,
              "application/json",
              json(id).orElseGet(() -> plausible(operation)));
    }
  }

  /**
   * A valid body where the schema's plausible values would be refused as input, so that the caller
   * decides the answer; a new address wherever an address is rate limited or must be unused.
   */
  private Optional<String> json(String id) {
    JsonObjectBuilder body =
        switch (id) {
          case "postAccounts", "postSession" ->
              Json.createObjectBuilder()
                  .add("email", Mailbox.newAddress("authz-someone"))
                  .add("password", People.PASSWORD);
          case "postSessionLinks", "postPasswordResets" ->
              Json.createObjectBuilder().add("email", Mailbox.newAddress("authz-someone"));
          case "postOrganisations", "putOrganisationsBySlug" ->
              Json.createObjectBuilder()
                  .add("name", "authz-Listing " + UUID.randomUUID().toString().substring(0, 8))
                  .add("kind", "worker")
                  .add("description", "A worker co-op in the authorization table.")
                  .add("country", "GB")
                  .add("affirmStandards", true);
          case "postOrganisationsBySlugRoles" ->
              Json.createObjectBuilder()
                  .add("title", "Baker")
                  .add("description", "Bakes the bread.")
                  .add("hoursPerWeek", 10)
                  .add("languages", Json.createArrayBuilder().add("en"))
                  .add("howToApply", "Write to us.");
          case "putDocumentsBySlug" ->
              Json.createObjectBuilder()
                  .add("title", "authz-Retitled " + UUID.randomUUID().toString().substring(0, 8))
                  .add("summary", "A document for the authorization table.")
                  .add("jurisdiction", "GB")
                  .add("topics", Json.createArrayBuilder().add("legal"))
                  .add("licence", "CC BY-SA 4.0");
          case "putAcceleratorApplicationsById" ->
              Json.createObjectBuilder()
                  .add("projectName", "authz-Bakery")
                  .add("summary", "A bakery owned by its bakers.");
          case "postAcceleratorApplicationsByIdMembers" ->
              Json.createObjectBuilder()
                  .add("email", Mailbox.newAddress("authz-member"))
                  .add("name", "Member");
          case "putMatchingMe" -> matchingProfile();
          case "postOrganisationsBySlugClaims" ->
              Json.createObjectBuilder().add("message", "I work there.");
          // Blocking the owner would hide profile P from the caller in a later row.
          case "postMatchingBlocks" ->
              Json.createObjectBuilder().add("profile", Long.parseLong(applicantProfile));
          case "postMatchingIntroductions" ->
              Json.createObjectBuilder()
                  .add("profile", Long.parseLong(profileP))
                  .add("note", "Hello.");
          case "putCandleMe" -> volunteerProfile();
          case "putCandleMeBusyCalendarUrl" ->
              Json.createObjectBuilder()
                  .add("url", base.toString().replaceAll("/+$", "") + "/static/no-such.ics");
          case "putAdminAcceleratorCohortsByCohortWindow" ->
              Json.createObjectBuilder()
                  .add(
                      "closes",
                      LocalDateTime.now(ZoneOffset.UTC)
                          .truncatedTo(ChronoUnit.MINUTES)
                          .plusDays(2)
                          .toString());
          case "postAdminAcceleratorCohortsByCohortSessions" ->
              Json.createObjectBuilder()
                  .add("kind", "workshop")
                  .add("title", "authz-Workshop")
                  .add("start", "2027-03-02T10:00:00Z")
                  .add("end", "2027-03-02T11:00:00Z");
          default -> null;
        };
    return Optional.ofNullable(body).map(b -> b.build().toString());
  }

  private static JsonObjectBuilder matchingProfile() {
    return Json.createObjectBuilder()
        .add("name", "Authz Person")
        .add("wants", Json.createArrayBuilder().add("start"))
        .add("skills", Json.createArrayBuilder().add("baking"))
        .add("sectors", Json.createArrayBuilder().add("food"))
        .add("decision", Json.createArrayBuilder().add("consent"))
        .add("pay", Json.createArrayBuilder().add("equal"))
        .add("hoursPerWeek", 20)
        .add("remote", true)
        .add("timeZone", "Europe/London")
        .add("workStart", "09:00")
        .add("workEnd", "17:00")
        .add("languages", Json.createArrayBuilder().add("en"))
        .add("about", "Wants to start a bakery co-op.")
        .add("visibility", "members");
  }

  private static JsonObjectBuilder volunteerProfile() {
    return Json.createObjectBuilder()
        .add("name", "Authz Volunteer")
        .add("bio", "Co-founder of a worker co-op; happy to talk governance.")
        .add("topics", Json.createArrayBuilder().add("governance"))
        .add("languages", Json.createArrayBuilder().add("en"))
        .add("timeZone", "Europe/London")
        .add("weeklyHours", "Daily 06:00-22:00");
  }

  private static void send(
      Operation operation, HttpRequest.Builder request, String type, String body) {
    request
        .header("Content-Type", type)
        .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
  }

  private static String plausible(Operation operation) {
    return HostileRequests.plausible(operation.body()).toString();
  }

  private static String calendar() {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//authz//EN\r\nBEGIN:VEVENT\r\n"
        + "UID:authz-1\r\nDTSTAMP:20270301T090000Z\r\nDTSTART:20270301T100000Z\r\n"
        + "DTEND:20270301T110000Z\r\nSUMMARY:Busy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  }

  // The table.

  private static Map<String, Operation> operationsById(JsonObject document) {
    Map<String, Operation> byName = new LinkedHashMap<>();
    HostileRequests.operations(document).forEach(o -> byName.put(o.name(), o));
    Map<String, Operation> byId = new LinkedHashMap<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (!method.equals("parameters")) {
                            byId.put(
                                operation.asJsonObject().getString("operationId"),
                                byName.get(method.toUpperCase() + " " + path));
                          }
                        }));
    return byId;
  }

  static Map<String, Map<String, Integer>> parse(String table) {
    Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
    List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
    List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
    assertThat(header.subList(1, header.size())).as("the table's columns").isEqualTo(CALLERS);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      assertThat(cells).as("cells of row " + line).hasSize(header.size());
      Map<String, Integer> row = new LinkedHashMap<>();
      for (int i = 1; i < cells.length; i++) {
        row.put(header.get(i), Integer.valueOf(cells[i]));
      }
      assertThat(rows.put(cells[0], row)).as("a second row for " + cells[0]).isNull();
    }
    return rows;
  }

  private static String format(Map<String, Map<String, Integer>> actual) {
    int width = actual.keySet().stream().mapToInt(String::length).max().orElse(9);
    StringBuilder text = new StringBuilder(String.format("%-" + width + "s", "operation"));
    CALLERS.forEach(c -> text.append(String.format(" %5s", c)));
    text.append('\n');
    for (String id : actual.keySet()) {
      text.append(String.format("%-" + width + "s", id));
      for (String caller : CALLERS) {
        text.append(String.format(" %5d", actual.get(id).get(caller)));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
