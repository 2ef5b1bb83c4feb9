package coop.seedbed.accounts;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything under {@code /api/admin/} is for staff: a caller who is not staff is answered 401 or
 * 403 before anything else looks at the request, so a stranger never learns from validation
 * messages what a staff form takes. Services check again; this only makes the answer come first.
 */
@Provider
public class StaffOnlyFilter implements ContainerRequestFilter {

  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("admin/") || path.startsWith("/admin/")) {
      caller.get().requireStaff();
    }
  }
}
