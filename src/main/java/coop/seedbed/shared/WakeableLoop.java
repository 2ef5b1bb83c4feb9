package coop.seedbed.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A thread of its own that runs a task every interval, or at once when woken. Background readers
 * are woken this way after a commit rather than handed a task: a task submitted to the managed
 * executor from a transaction's completion carries the web request's context, and closed that
 * request's entity manager under it; and Payara's scheduled executor lost the application's context
 * for periodic tasks after the first context reset failed. Wakes that arrive before {@link #start}
 * are kept, so the first run comes at once.
 */
public final class WakeableLoop {

  private final Semaphore wake = new Semaphore(0);
  private volatile boolean running;
  private Thread thread;

  /** Starts the thread, named {@code name}; {@code task} must catch what it throws. */
  public synchronized void start(
      ThreadFactory threads, String name, Duration interval, Runnable task) {
    running = true;
    thread =
        threads.newThread(
            () -> {
              while (running) {
                try {
                  wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                  wake.drainPermits();
                } catch (InterruptedException e) {
                  return;
                }
                task.run();
              }
            });
    thread.setName(name);
    thread.start();
  }

  /** Runs the task as soon as the thread is free; several wakes meanwhile make one run. */
  public void wake() {
    wake.release();
  }

  public synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
