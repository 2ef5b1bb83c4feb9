package coop.seedbed.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, exactly as it ships: integration tests deploy nothing else. */
public final class SeedbedWar {

  private SeedbedWar() {}

  public static WebArchive build() {
    File war = new File(System.getProperty("seedbed.war", "target/seedbed.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with 'mvnw verify'");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
