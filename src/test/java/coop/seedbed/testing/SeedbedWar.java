package coop.seedbed.testing;

import java.io.File;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that Maven built, exactly as it ships: integration tests deploy nothing else. The name of
 * the archive only tells {@link SharedPayaraMicro} whether the application is shared; the WAR sets
 * its own context root.
 */
public final class SeedbedWar {

  /** The name of the archive that test classes share one running application for. */
  static final String SHARED = "seedbed.war";

  private static final AtomicInteger OWN = new AtomicInteger();

  private SeedbedWar() {}

  /** The WAR, in the application the test classes share. */
  public static WebArchive build() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, war());
  }

  /**
   * The WAR, in a Payara Micro of the calling class's own, for a class that moves the application's
   * clock (the others would find it a year ahead). Mark the class {@link
   * OwnDeploymentsLast.OwnDeployment} so that it runs after the shared ones.
   */
  public static WebArchive ofItsOwn() {
    return ShrinkWrap.create(WebArchive.class, "seedbed-own-" + OWN.incrementAndGet() + ".war")
        .merge(build());
  }

  private static File war() {
    File war = new File(System.getProperty("seedbed.war", "target/seedbed.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with 'mvnw verify'");
    }
    return war;
  }
}
