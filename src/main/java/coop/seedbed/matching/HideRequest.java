package coop.seedbed.matching;

/** Hiding a suggestion for good: kind "profile" or "role", and its id. */
public record HideRequest(String kind, Long id) {}
