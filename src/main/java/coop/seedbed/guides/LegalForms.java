package coop.seedbed.guides;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The "Which legal form?" table of {@code content/legal-forms.yaml}: the countries the helper
 * knows, and for each its legal forms with who may own them, how much outside money they take,
 * whether they can be charities, why a co-op picks them and the catch. {@link #suggest} turns a
 * group's answers into the forms that fit, each with its reasons, and the near misses.
 */
@ApplicationScoped
public class LegalForms {

  private static final Logger LOG = Logger.getLogger(LegalForms.class.getName());

  static final List<String> OWNERS = List.of("workers", "multi-stakeholder", "users");
  static final List<String> INVESTMENT = List.of("none", "members-and-community", "outside");
  static final List<String> CHARITY = List.of("no", "possible", "yes");

  /** A country the helper knows, and the subdivisions where the answer differs. */
  public record Country(String code, String name, String guide, List<Region> regions) {}

  public record Region(String code, String name, String guide) {}

  /** One legal form, as the table describes it. */
  public record Form(
      String id,
      String country,
      List<String> regions,
      String name,
      List<String> owners,
      String investment,
      String charity,
      String why,
      List<String> caveats,
      List<String> guides) {}

  public record Table(List<Country> countries, List<Form> forms) {
    public Optional<Country> country(String code) {
      return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }
  }

  /**
   * What a group told the helper.
   *
   * @param country an ISO country code, or "other" for a country the table does not cover
   * @param owners workers, multi-stakeholder or users
   * @param investment none, members-and-community or outside
   * @param charity yes or no
   */
  public record Needs(
      String country, String region, String owners, String investment, String charity) {}

  /** A form for those needs: whether it fits all of them, why, and what it does not do. */
  public record Candidate(Form form, boolean fits, List<String> reasons, List<String> misses) {}

  @Inject
  @ConfigProperty(name = "seedbed.content.dir")
  String contentDir;

  @Inject GuideLibrary guides;

  private volatile Table table;
  private volatile FileTime loadedVersion;

  /** The table, read again when its file has changed. */
  public Table current() {
    Path file = Path.of(contentDir, "legal-forms.yaml");
    try {
      FileTime version = Files.getLastModifiedTime(file);
      if (table == null || !version.equals(loadedVersion)) {
        synchronized (this) {
          if (table == null || !version.equals(loadedVersion)) {
            table =
                parse(
                    Files.readString(file, StandardCharsets.UTF_8),
                    guides.current().guides().keySet());
            loadedVersion = version;
            LOG.info(() -> "Legal forms read: " + table.forms().size() + " forms");
          }
        }
      }
    } catch (IOException e) {
      if (table == null) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    } catch (IllegalArgumentException e) {
      if (table == null) {
        throw e;
      }
      LOG.warning(() -> file + " has problems; the last good table stays: " + e.getMessage());
    }
    return table;
  }

  /** Checks the needs and lists the candidates: forms that fit first, then near misses. */
  public List<Candidate> suggest(Needs needs) {
    Table current = current();
    List<FieldError> errors = new ArrayList<>();
    Optional<Country> country = current.country(needs.country());
    if (needs.country() == null || needs.country().isBlank()) {
      errors.add(
          new FieldError("country", "Choose the country where the co-op will be registered."));
    } else if (country.isEmpty() && !needs.country().equals("other")) {
      errors.add(
          new FieldError("country", "Choose a country from the list, or \"Somewhere else\"."));
    }
    if (country.isPresent()
        && needs.region() != null
        && !needs.region().isBlank()
        && country.get().regions().stream().noneMatch(r -> r.code().equals(needs.region()))) {
      errors.add(
          new FieldError(
              "region",
              "That state or province is not in "
                  + country.get().name()
                  + ". Choose one of its own, or leave it empty."));
    }
    if (!OWNERS.contains(String.valueOf(needs.owners()))) {
      errors.add(new FieldError("owners", "Say who will own and control the co-op."));
    }
    if (!INVESTMENT.contains(String.valueOf(needs.investment()))) {
      errors.add(new FieldError("investment", "Say how much money the co-op needs from outside."));
    }
    if (!List.of("yes", "no").contains(String.valueOf(needs.charity()))) {
      errors.add(new FieldError("charity", "Say whether the co-op wants charity status."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (country.isEmpty()) {
      return List.of();
    }
    List<Candidate> fits = new ArrayList<>();
    List<Candidate> near = new ArrayList<>();
    for (Form form : current.forms()) {
      if (!form.country().equals(needs.country())
          || !form.regions().isEmpty() && !form.regions().contains(needs.region())) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      List<String> misses = new ArrayList<>();
      owners(form, needs.owners(), reasons, misses);
      investment(form, needs.investment(), reasons, misses);
      charity(form, needs.charity(), reasons, misses);
      if (misses.isEmpty()) {
        fits.add(new Candidate(form, true, reasons, misses));
      } else if (misses.size() == 1) {
        near.add(new Candidate(form, false, reasons, misses));
      }
    }
    List<Candidate> all = new ArrayList<>(fits);
    all.addAll(near);
    return all;
  }

  private static void owners(Form form, String wanted, List<String> reasons, List<String> misses) {
    if (form.owners().contains(wanted)) {
      reasons.add(
          switch (wanted) {
            case "workers" -> "Made for a business owned and run by the people who work in it.";
            case "multi-stakeholder" ->
                "Lets different kinds of member, such as workers, users and supporters, own it together.";
            default ->
                "Can be owned by the people who use it: customers, members or platform users.";
          });
    } else {
      misses.add(
          switch (wanted) {
            case "workers" -> "Not built for ownership by the workers alone.";
            case "multi-stakeholder" -> "Does not give different kinds of member their own place.";
            default -> "Not built for ownership by its users or customers.";
          });
    }
  }

  private static void investment(
      Form form, String wanted, List<String> reasons, List<String> misses) {
    int capacity = INVESTMENT.indexOf(form.investment());
    int need = INVESTMENT.indexOf(wanted);
    if (need == 0) {
      reasons.add("Can start on the members' own money.");
    } else if (capacity >= need) {
      reasons.add(
          need == 1
              ? "Can raise money from members and the community, as shares or loans, without giving up control."
              : "Can take money from investors outside the membership.");
    } else {
      misses.add(
          need == 1
              ? "Takes little money beyond the members' own shares."
              : "Outside investors cannot own part of it in the usual way.");
    }
  }

  private static void charity(Form form, String wanted, List<String> reasons, List<String> misses) {
    if (!wanted.equals("yes")) {
      return;
    }
    switch (form.charity()) {
      case "yes" -> reasons.add("Can be a charity or hold public-benefit status.");
      case "possible" ->
          reasons.add("Can hold charitable or public-benefit status in a particular variant.");
      default -> misses.add("Cannot be a charity.");
    }
  }

  /** Reads and checks the table; every problem is named in the exception's message. */
  static Table parse(String yaml, Set<String> guideSlugs) {
    List<String> problems = new ArrayList<>();
    Object loaded;
    try {
      loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("legal-forms.yaml is not valid YAML: " + e.getMessage());
    }
    if (!(loaded instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("legal-forms.yaml must have countries: and forms:");
    }
    List<Country> countries = new ArrayList<>();
    for (Map<?, ?> item : maps(root.get("countries"), "countries", problems)) {
      String code = text(item, "code", "a country", problems);
      List<Region> regions = new ArrayList<>();
      for (Map<?, ?> region : maps(item.get("regions"), "regions of " + code, problems)) {
        String regionCode = text(region, "code", "a region of " + code, problems);
        if (!Vocabulary.SUBDIVISIONS.containsKey(regionCode)
            || !regionCode.startsWith(code + "-")) {
          problems.add("Region " + regionCode + " is not a known subdivision of " + code + ".");
        }
        String guide = region.get("guide") == null ? null : String.valueOf(region.get("guide"));
        checkGuide(guide, regionCode, guideSlugs, problems);
        regions.add(new Region(regionCode, text(region, "name", regionCode, problems), guide));
      }
      if (!Vocabulary.isJurisdiction(code) || code.length() != 2) {
        problems.add("Country " + code + " is not an ISO 3166 country code.");
      }
      String guide = text(item, "guide", code, problems);
      checkGuide(guide, code, guideSlugs, problems);
      countries.add(
          new Country(code, text(item, "name", code, problems), guide, List.copyOf(regions)));
    }
    List<Form> forms = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map<?, ?> item : maps(root.get("forms"), "forms", problems)) {
      String id = text(item, "id", "a form", problems);
      if (!ids.add(id)) {
        problems.add("Form id " + id + " is used twice.");
      }
      String country = text(item, "country", id, problems);
      Optional<Country> known =
          countries.stream().filter(c -> c.code().equals(country)).findFirst();
      if (known.isEmpty()) {
        problems.add(id + ": country " + country + " is not in countries.");
      }
      List<String> regions = strings(item.get("regions"), id + " regions", problems);
      for (String region : regions) {
        if (known.isPresent()
            && known.get().regions().stream().noneMatch(r -> r.code().equals(region))) {
          problems.add(id + ": region " + region + " is not one of " + country + "'s regions.");
        }
      }
      List<String> owners = strings(item.get("owners"), id + " owners", problems);
      if (owners.isEmpty() || !OWNERS.containsAll(owners)) {
        problems.add(id + ": owners must be some of " + OWNERS + ".");
      }
      String investment = text(item, "investment", id, problems);
      if (!INVESTMENT.contains(investment)) {
        problems.add(id + ": investment must be one of " + INVESTMENT + ".");
      }
      String charity = text(item, "charity", id, problems);
      if (!CHARITY.contains(charity)) {
        problems.add(id + ": charity must be one of " + CHARITY + ".");
      }
      List<String> formGuides = strings(item.get("guides"), id + " guides", problems);
      if (formGuides.isEmpty()) {
        problems.add(id + ": name at least one guide.");
      }
      formGuides.forEach(g -> checkGuide(g, id, guideSlugs, problems));
      forms.add(
          new Form(
              id,
              country,
              regions,
              text(item, "name", id, problems),
              owners,
              investment,
              charity,
              text(item, "why", id, problems),
              strings(item.get("caveats"), id + " caveats", problems),
              formGuides));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return new Table(List.copyOf(countries), List.copyOf(forms));
  }

  private static void checkGuide(
      String slug, String where, Set<String> slugs, List<String> problems) {
    if (slug != null && slugs != null && !slugs.contains(slug)) {
      problems.add(where + ": there is no guide \"" + slug + "\".");
    }
  }

  private static List<Map<?, ?>> maps(Object value, String what, List<String> problems) {
    List<Map<?, ?>> maps = new ArrayList<>();
    if (value == null) {
      return maps;
    }
    if (!(value instanceof List<?> list)) {
      problems.add(what + " must be a list.");
      return maps;
    }
    for (Object item : list) {
      if (item instanceof Map<?, ?> map) {
        maps.add(map);
      } else {
        problems.add(what + " must hold key: value entries.");
      }
    }
    return maps;
  }

  private static List<String> strings(Object value, String what, List<String> problems) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problems.add(what + " must be a list.");
      return List.of();
    }
    return list.stream().map(String::valueOf).map(String::strip).toList();
  }

  private static String text(Map<?, ?> map, String key, String where, List<String> problems) {
    Object value = map.get(key);
    if (value == null || String.valueOf(value).isBlank()) {
      problems.add(where + ": " + key + " is missing.");
      return "";
    }
    if (value instanceof Boolean flag) {
      // YAML 1.1 reads a bare yes or no as a boolean.
      return flag ? "yes" : "no";
    }
    return String.valueOf(value).strip();
  }
}
