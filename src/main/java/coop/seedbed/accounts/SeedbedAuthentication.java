package coop.seedbed.accounts;

import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security's view of who is calling. A bearer token equal to {@code SEEDBED_ADMIN_TOKEN} is
 * staff automation; otherwise the web session names an account, which is read afresh on each
 * request so that a removed role or a deleted account takes effect at once on every instance.
 */
@ApplicationScoped
public class SeedbedAuthentication implements HttpAuthenticationMechanism {

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "seedbed.admin.token")
  Optional<String> adminToken;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.getRequestURI().startsWith("/static/")) {
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (isAdminToken(authorization.substring(7).strip())) {
        request.setAttribute(CurrentCaller.ATTRIBUTE, Caller.AUTOMATION);
        return context.notifyContainerAboutLogin("automation", Set.of("staff", "admin"));
      }
      return refuseToken(response);
    }
    Long accountId = Sessions.accountIdOf(request);
    if (accountId != null) {
      Optional<Account> account = accounts.find(accountId);
      if (account.isPresent()) {
        Caller caller = Caller.of(account.get());
        request.setAttribute(CurrentCaller.ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(
            String.valueOf(accountId),
            caller.roles().stream()
                .map(role -> role.name().toLowerCase())
                .collect(Collectors.toSet()));
      }
      // The account was deleted (perhaps on another instance): end its session.
      Sessions.signOut(request);
    }
    return context.doNothing();
  }

  private boolean isAdminToken(String presented) {
    return adminToken
        .filter(expected -> expected.length() >= 16)
        .map(
            expected ->
                MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.UTF_8),
                    presented.getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  private static AuthenticationStatus refuseToken(HttpServletResponse response) {
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      Problem problem = Problem.of(ProblemType.NOT_SIGNED_IN, "The bearer token is not valid.");
      response.getWriter().write(problem.toJson().toString());
    } catch (IOException e) {
      // The client has gone; there is nobody left to tell.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
