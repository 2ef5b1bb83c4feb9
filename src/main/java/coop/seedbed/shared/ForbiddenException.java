package coop.seedbed.shared;

/** The caller is known but may not do this (wrong role, unverified email, not the owner). */
public class ForbiddenException extends SeedbedException {

  public ForbiddenException(String message) {
    super(message);
  }
}
