package coop.seedbed.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the session cookie {@code Secure} when Seedbed runs behind HTTPS ({@code
 * seedbed.web.secure-cookies}). {@code HttpOnly} comes from web.xml and {@code SameSite=Lax} from
 * glassfish-web.xml.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "seedbed.web.secure-cookies")
  boolean secureCookies;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    if (secureCookies) {
      cookie.setSecure(true);
    }
  }
}
