package coop.seedbed.accelerator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new programme: what it is, its published criteria, the rubric reviewers score (every criterion
 * with one description per level), the milestones of accepted teams and the self-paced track.
 */
public record ProgrammeRequest(
    @Size(max = 80, message = "Keep the address under 80 characters.") String slug,
    @NotBlank(message = "Give the programme a name.")
        @Size(max = Programme.NAME_LENGTH, message = "Keep the name under 140 characters.")
        String name,
    @NotBlank(message = "Say who the programme is for.")
        @Size(max = Programme.TEXT_LENGTH, message = "Keep this under 4,000 characters.")
        String audience,
    @NotBlank(message = "Say what the programme offers.")
        @Size(max = Programme.TEXT_LENGTH, message = "Keep this under 4,000 characters.")
        String offer,
    @NotBlank(message = "Publish how teams are chosen.")
        @Size(max = Programme.TEXT_LENGTH, message = "Keep this under 4,000 characters.")
        String criteria,
    @Min(value = 2, message = "A scale has at least 2 levels.")
        @Max(value = 10, message = "A scale has at most 10 levels.")
        Integer scaleLevels,
    @NotEmpty(message = "Give the rubric at least one criterion.")
        @Size(max = 12, message = "Give at most 12 criteria.")
        List<@Valid CriterionRequest> rubric,
    @Size(max = 30, message = "Give at most 30 milestones.")
        List<
                @NotBlank(message = "A milestone needs a title.")
                @Size(max = 200, message = "Keep each milestone under 200 characters.") String>
            milestones,
    @Size(max = 30, message = "Give at most 30 guides.") List<String> track) {

  /** One criterion of the rubric. */
  public record CriterionRequest(
      @NotBlank(message = "Name every criterion.")
          @Size(max = 140, message = "Keep a criterion's name under 140 characters.")
          String name,
      @Size(max = 1000, message = "Keep a criterion's description under 1,000 characters.")
          String description,
      @Min(value = 1, message = "A weight is from 1 to 10.")
          @Max(value = 10, message = "A weight is from 1 to 10.")
          Integer weight,
      List<
              @NotBlank(message = "Describe every level.")
              @Size(max = 300, message = "Keep each level under 300 characters.") String>
          levels) {}
}
