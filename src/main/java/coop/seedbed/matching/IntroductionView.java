package coop.seedbed.matching;

import java.time.Instant;

/**
 * An introduction asked or received, as one side sees it. {@code email} is the other person's
 * address, and it is there only once both have said yes.
 */
public record IntroductionView(
    long id,
    String direction,
    String status,
    long otherProfile,
    String otherName,
    String note,
    Long role,
    String roleTitle,
    Instant createdAt,
    Instant expiresAt,
    Instant answeredAt,
    String email) {}
