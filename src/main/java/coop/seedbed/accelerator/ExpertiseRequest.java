package coop.seedbed.accelerator;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a reviewer knows about, as tags: the sectors and topics that the assignment matches against
 * each application's sector and topics.
 */
public record ExpertiseRequest(
    @Size(max = 12, message = "Give at most 12 sectors.") List<String> sectors,
    @Size(max = 24, message = "Give at most 24 topics.") List<String> topics) {}
