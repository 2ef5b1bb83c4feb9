package coop.seedbed.accelerator;

import coop.seedbed.shared.InvalidInputException;

/** Yes or no to an offer of a place or an invitation to a team. */
public record ResponseRequest(Boolean accept) {

  static boolean accepts(ResponseRequest request) {
    if (request == null || request.accept() == null) {
      throw new InvalidInputException("accept", "Say yes (true) or no (false).");
    }
    return request.accept();
  }
}
