package coop.seedbed.directory;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The listing rules that a single-field annotation cannot say: a known kind, an ISO 3166 country
 * code, a web address people can open, both coordinates or neither, a founding year not in the
 * future, and tags that are short single lines. Each broken rule is reported on its own field.
 */
@Documented
@Constraint(validatedBy = ListingRules.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ListingRules {

  String message() default "This listing is not valid.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Applies the rules; stateless, so the validator may share one instance. */
  class Check implements ConstraintValidator<ListingRules, OrganisationRequest> {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    @Override
    public boolean isValid(OrganisationRequest listing, ConstraintValidatorContext context) {
      if (listing == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (listing.kind() != null
          && !listing.kind().isBlank()
          && Kind.fromCode(listing.kind()).isEmpty()) {
        valid =
            fail(
                context,
                "kind",
                "Unknown kind \"" + listing.kind() + "\"; use one of " + Kind.codes() + ".");
      }
      if (listing.country() != null
          && !listing.country().isBlank()
          && !Countries.isCode(listing.country().strip().toUpperCase(Locale.ROOT))) {
        valid =
            fail(
                context,
                "country",
                "\""
                    + listing.country()
                    + "\" is not an ISO 3166 country code; use two letters such as GB or US.");
      }
      if (listing.website() != null
          && !listing.website().isBlank()
          && !isWebAddress(listing.website())) {
        valid =
            fail(
                context,
                "website",
                "Give a web address people can open, such as https://example.coop.");
      }
      if ((listing.latitude() == null) != (listing.longitude() == null)) {
        valid =
            fail(
                context,
                listing.latitude() == null ? "latitude" : "longitude",
                "Give both latitude and longitude, or neither.");
      }
      if (listing.founded() != null
          && listing.founded() > Year.now(context.getClockProvider().getClock()).getValue()) {
        valid = fail(context, "founded", "The founding year cannot be in the future.");
      }
      valid &= tags(context, "sectors", listing.sectors(), Organisation.TAGS_TEXT_LENGTH);
      valid &= tags(context, "services", listing.services(), Organisation.TAGS_TEXT_LENGTH);
      valid &= tags(context, "technologies", listing.technologies(), Organisation.TAGS_TEXT_LENGTH);
      if (!tags(context, "languages", listing.languages(), Organisation.LANGUAGES_TEXT_LENGTH)) {
        return false;
      }
      for (String language : listing.languages()) {
        if (language == null || !LANGUAGE.matcher(language.strip()).matches()) {
          valid =
              fail(
                  context,
                  "languages",
                  "Give languages as codes such as en, fr or pt-BR, not \"" + language + "\".");
          break;
        }
      }
      return valid;
    }

    private static boolean tags(
        ConstraintValidatorContext context, String field, List<String> values, int textLength) {
      int text = 0;
      for (String value : values) {
        if (value == null || value.isBlank()) {
          return fail(context, field, "Leave out empty " + field + ".");
        }
        if (value.strip().length() > Organisation.TAG_LENGTH) {
          return fail(
              context,
              field,
              "Keep each of the " + field + " under " + Organisation.TAG_LENGTH + " characters.");
        }
        if (value.contains("\n") || value.contains("\r")) {
          return fail(context, field, "Each of the " + field + " is one line.");
        }
        text += value.strip().length() + 1;
      }
      if (text - 1 > textLength) {
        return fail(
            context,
            field,
            "Keep all the "
                + field
                + " together under "
                + String.format(Locale.ROOT, "%,d", textLength)
                + " characters.");
      }
      return true;
    }

    /** An absolute http or https address with a host; "example.coop" counts, as https. */
    static boolean isWebAddress(String website) {
      return Listings.normaliseWebsite(website) != null;
    }

    private static boolean fail(ConstraintValidatorContext context, String field, String message) {
      context
          // Custom messages are not evaluated as expressions, so typed values in them are safe.
          .buildConstraintViolationWithTemplate(message)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
