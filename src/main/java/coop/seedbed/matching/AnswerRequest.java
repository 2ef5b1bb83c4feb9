package coop.seedbed.matching;

import coop.seedbed.shared.InvalidInputException;

/** Yes or no: to a request for an introduction, or to a place in a founding circle. */
public record AnswerRequest(Boolean accept) {

  static boolean accepts(AnswerRequest request) {
    if (request == null || request.accept() == null) {
      throw new InvalidInputException("accept", "Say yes (true) or no (false).");
    }
    return request.accept();
  }
}
