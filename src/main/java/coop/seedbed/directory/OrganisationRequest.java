package coop.seedbed.directory;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A listing as submitted, edited or imported, in the field names of DESIGN.md. The rules that need
 * more than one field or a lookup (kind, country, website, coordinates) are in {@link
 * ListingRules}.
 *
 * @param affirmStandards the submitter affirms the listing standards (required to submit)
 * @param externalId the import source's own id: importing it again updates instead of duplicating
 * @param source where imported data came from, shown on the listing (for example its licence)
 */
@ListingRules
public record OrganisationRequest(
    @NotBlank(message = "Give the organisation's name.")
        @Size(max = Organisation.NAME_LENGTH, message = "Keep the name under 200 characters.")
        String name,
    @NotBlank(message = "Choose what kind of organisation this is.") String kind,
    @Size(
            max = Organisation.DESCRIPTION_LENGTH,
            message = "Keep the description under 20,000 characters.")
        String description,
    @Size(max = Organisation.WEBSITE_LENGTH, message = "This web address is too long.")
        String website,
    @Email(message = "This does not look like an email address.")
        @Size(max = 254, message = "This email address is too long.")
        String email,
    @Size(max = Organisation.PLACE_LENGTH, message = "Keep the city under 120 characters.")
        String city,
    @Size(max = Organisation.PLACE_LENGTH, message = "Keep the region under 120 characters.")
        String region,
    String country,
    @DecimalMin(value = "-90", message = "A latitude is between -90 and 90.")
        @DecimalMax(value = "90", message = "A latitude is between -90 and 90.")
        Double latitude,
    @DecimalMin(value = "-180", message = "A longitude is between -180 and 180.")
        @DecimalMax(value = "180", message = "A longitude is between -180 and 180.")
        Double longitude,
    @Size(max = Organisation.MAX_TAGS, message = "Give at most 40 sectors.") List<String> sectors,
    @Size(max = Organisation.MAX_TAGS, message = "Give at most 40 services.") List<String> services,
    @Size(max = Organisation.MAX_TAGS, message = "Give at most 40 technologies.")
        List<String> technologies,
    @Size(max = Organisation.MAX_TAGS, message = "Give at most 40 languages.")
        List<String> languages,
    @PositiveOrZero(message = "Members cannot be negative.")
        @Max(value = 10_000_000, message = "That is more members than any co-op has.")
        Integer members,
    @Min(value = 1700, message = "Give the year it was founded, such as 2014.") Integer founded,
    Boolean hiring,
    @JsonbProperty("acceptingMembers") Boolean acceptingMembers,
    Boolean remote,
    Boolean affirmStandards,
    @Size(max = 200, message = "Keep the external id under 200 characters.") String externalId,
    @Size(max = Organisation.SOURCE_LENGTH, message = "Keep the source under 500 characters.")
        String source) {

  public OrganisationRequest {
    sectors = sectors == null ? List.of() : sectors;
    services = services == null ? List.of() : services;
    technologies = technologies == null ? List.of() : technologies;
    languages = languages == null ? List.of() : languages;
  }
}
