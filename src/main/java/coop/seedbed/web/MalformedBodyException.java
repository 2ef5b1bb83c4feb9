package coop.seedbed.web;

/** A request body that parses but cannot be what the operation takes; its message says why. */
class MalformedBodyException extends RuntimeException {

  MalformedBodyException(String message) {
    super(message);
  }
}
