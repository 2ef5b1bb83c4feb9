package coop.seedbed.web;

import coop.seedbed.database.SqlStates;
import coop.seedbed.http.FieldErrors;
import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.Incidents;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.NotSignedInException;
import coop.seedbed.shared.RateLimitedException;
import coop.seedbed.shared.SeedbedException;
import coop.seedbed.shared.TooLargeException;
import coop.seedbed.shared.UnavailableException;
import coop.seedbed.shared.UnsupportedTypeException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one place where the API turns failures into {@code application/problem+json}. Business
 * exceptions map by kind; anything unexpected becomes a 500 whose incident id is in the log with
 * its stack trace, and nothing of the trace reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable thrown) {
    Response.ResponseBuilder response;
    Problem problem = problemFor(thrown);
    // 422 is missing from JAX-RS's status list; without a reason phrase Payara would say "CUSTOM".
    response =
        problem.status() == 422
            ? Response.status(422, "Unprocessable Content")
            : Response.status(problem.status());
    if (thrown instanceof RateLimitedException limited) {
      response.header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds());
    }
    if (thrown instanceof UnavailableException unavailable) {
      response.header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds());
    }
    if (thrown instanceof WebApplicationException web) {
      String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        response.header(HttpHeaders.ALLOW, allow);
      }
    }
    return response.type(Problem.MEDIA_TYPE).entity(problem.toJson().toString()).build();
  }

  Problem problemFor(Throwable thrown) {
    if (thrown instanceof InvalidInputException invalid) {
      return Problem.of(ProblemType.VALIDATION, invalid.getMessage()).withErrors(invalid.errors());
    }
    if (thrown instanceof ConstraintViolationException violations) {
      List<FieldError> errors = FieldErrors.of(violations);
      return Problem.of(
              ProblemType.VALIDATION,
              errors.size() == 1 ? errors.get(0).message() : "Some fields are not valid.")
          .withErrors(errors);
    }
    if (thrown instanceof NotFoundException) {
      return Problem.of(ProblemType.NOT_FOUND, thrown.getMessage());
    }
    if (thrown instanceof ConflictException conflict) {
      Problem problem = Problem.of(ProblemType.CONFLICT, conflict.getMessage());
      return conflict.existing().map(problem::withExisting).orElse(problem);
    }
    if (thrown instanceof RateLimitedException) {
      return Problem.of(ProblemType.RATE_LIMITED, thrown.getMessage());
    }
    if (thrown instanceof NotSignedInException) {
      return Problem.of(ProblemType.NOT_SIGNED_IN, thrown.getMessage());
    }
    if (thrown instanceof ForbiddenException) {
      return Problem.of(ProblemType.FORBIDDEN, thrown.getMessage());
    }
    if (thrown instanceof GoneException) {
      return Problem.of(ProblemType.GONE, thrown.getMessage());
    }
    if (thrown instanceof UnavailableException) {
      return Problem.of(ProblemType.UNAVAILABLE, thrown.getMessage());
    }
    if (thrown instanceof TooLargeException) {
      return Problem.of(ProblemType.TOO_LARGE, thrown.getMessage());
    }
    if (thrown instanceof UnsupportedTypeException) {
      return Problem.of(ProblemType.UNSUPPORTED_TYPE, thrown.getMessage());
    }
    if (thrown instanceof MalformedBodyException) {
      return Problem.of(ProblemType.MALFORMED, thrown.getMessage());
    }
    if (thrown instanceof WebApplicationException web) {
      return forHttpStatus(web);
    }
    if (thrown instanceof ProcessingException
        || thrown instanceof JsonbException
        || thrown instanceof JsonException) {
      return Problem.of(
          ProblemType.MALFORMED,
          "The request body could not be read as JSON of the expected shape.");
    }
    Throwable cause = thrown.getCause();
    if (cause != null && cause != thrown && isBusinessOrJson(cause)) {
      return problemFor(cause);
    }
    if (causedBy(thrown, OptimisticLockException.class)) {
      return Problem.of(
          ProblemType.CONFLICT,
          "Someone else changed this at the same moment. Reload it and try again.");
    }
    if (isUniqueViolation(thrown)) {
      return Problem.of(ProblemType.CONFLICT, "This already exists.");
    }
    String incident = Incidents.log(LOG, "Unexpected failure", thrown);
    return Problem.of(
            ProblemType.INTERNAL,
            "Something went wrong on our side. If it keeps happening, tell us incident " + incident)
        .withIncident(incident);
  }

  private Problem forHttpStatus(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    String detail =
        switch (status) {
          case 404 -> "There is nothing at " + uriInfo.getRequestUri().getPath() + ".";
          case 405 -> "This address does not accept that method.";
          case 406 -> "This address cannot answer in the media type asked for.";
          case 415 -> "This address does not accept that content type; send application/json.";
          case 400 -> "The request is malformed.";
          default -> {
            Response.StatusType type = Response.Status.fromStatusCode(status);
            yield (type != null ? type.getReasonPhrase() : "Error " + status) + ".";
          }
        };
    return Problem.of(ProblemType.forStatus(status), status, detail);
  }

  private static boolean isBusinessOrJson(Throwable cause) {
    return cause instanceof SeedbedException
        || cause instanceof ConstraintViolationException
        || cause instanceof JsonbException
        || cause instanceof JsonException;
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean isUniqueViolation(Throwable thrown) {
    return SqlStates.isUniqueViolation(thrown);
  }
}
