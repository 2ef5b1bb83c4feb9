package coop.seedbed.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes marked {@link OwnDeployment} after all the others, so that the Payara Micro
 * the others share ({@link SharedPayaraMicro}) starts once and is not stopped in between. Otherwise
 * by class name, so that a run's order is the same on every machine. Set as the default in
 * junit-platform.properties.
 */
public final class OwnDeploymentsLast implements ClassOrderer {

  /** The class deploys {@link SeedbedWar#ofItsOwn()}: it moves the application's clock. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  public @interface OwnDeployment {}

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor c) -> c.isAnnotated(OwnDeployment.class))
                .thenComparing(c -> c.getTestClass().getName()));
  }
}
