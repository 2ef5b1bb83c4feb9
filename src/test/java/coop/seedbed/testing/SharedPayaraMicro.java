package coop.seedbed.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro started once for all the integration test classes that deploy {@link
 * SeedbedWar#build()}, instead of once per class. The adapter starts a new Payara Micro for every
 * deployment and stops it after the class; starting one takes some twenty seconds, and the suite
 * runs on two databases, so sharing it is most of what keeps CI inside its time.
 *
 * <p>A class that needs an application of its own ({@link SeedbedWar#ofItsOwn()}, because it moves
 * the clock forward) gets a fresh Payara Micro that ends with the class. Only one runs at a time:
 * they share the embedded database file, which one process holds at a time. {@link
 * OwnDeploymentsLast} runs those classes after the others, so the shared one starts once.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

  /** Registered in META-INF/services in place of the adapter's own container. */
  public static final class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
  }

  private Archive<?> running;
  private ProtocolMetaData runningAt;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running != null && running.getName().equals(archive.getName())) {
      return runningAt;
    }
    stopRunning();
    runningAt = super.deploy(archive);
    running = archive;
    return runningAt;
  }

  @Override
  public synchronized void undeploy(Archive<?> archive) throws DeploymentException {
    // The shared application stays up for the next class; stop() (or the adapter's shutdown hook,
    // when the test JVM ends without it) ends it.
    if (!SeedbedWar.SHARED.equals(archive.getName())) {
      stopRunning();
    }
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    try {
      stopRunning();
    } catch (DeploymentException e) {
      throw new LifecycleException("could not stop Payara Micro", e);
    }
    super.stop();
  }

  private void stopRunning() throws DeploymentException {
    if (running != null) {
      Archive<?> stopping = running;
      running = null;
      runningAt = null;
      List<ProcessHandle> payaras = payaraProcesses();
      super.undeploy(stopping);
      waitForExit(payaras);
    }
  }

  /** The Payara Micro processes this JVM started (the adapter keeps its own handle private). */
  private static List<ProcessHandle> payaraProcesses() {
    return ProcessHandle.current()
        .children()
        .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
        .toList();
  }

  /**
   * The adapter only asks the process to end. The next deployment started while the last one was
   * still shutting down, holding the embedded database's file and the port, and came up without the
   * application: its tests saw 404 and empty answers.
   */
  private static void waitForExit(List<ProcessHandle> processes) throws DeploymentException {
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(60, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        process.destroyForcibly();
        try {
          process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException again) {
          throw new DeploymentException("Payara Micro did not end", again);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeploymentException("Interrupted while Payara Micro was ending", e);
      } catch (ExecutionException e) {
        throw new DeploymentException("Payara Micro did not end", e);
      }
    }
  }
}
