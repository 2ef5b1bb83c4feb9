package coop.seedbed.web;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.DemoContent;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Demo content on request, for staff trying Seedbed on a database where it is not loaded at start
 * (PostgreSQL, or {@code seedbed.demo-content=false}). Adds only what is missing.
 */
@Path("admin/demo-content")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDemoResource {

  /** What was added, feature by feature ("3 demo volunteers"). */
  public record Loaded(List<String> added) {}

  @Inject DemoContent demo;
  @Inject CurrentCaller caller;

  @POST
  public Loaded load() {
    caller.get().requireStaff();
    return new Loaded(demo.loadNow());
  }
}
