package coop.seedbed.guides;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Threads for Tika, bounded. A parse is given up at its deadline and interrupted, but a parser that
 * ignores the interruption keeps its thread until it finishes, if ever: an unbounded pool would
 * grow by one thread for every such file. A reader asks {@link #hasRoom()} before it takes the next
 * file, and while every thread is held it leaves files waiting (to be read once a thread comes
 * back, or by another instance) rather than failing them as unreadable.
 */
public final class ParserThreads {

  private final ThreadPoolExecutor pool;
  private final int max;

  public ParserThreads(ThreadFactory threads, int max) {
    this.max = max;
    // No queue: a file is parsed at once on a free thread or not at all, so a held thread never
    // makes a later file wait out its deadline behind it.
    this.pool =
        new ThreadPoolExecutor(
            0,
            max,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            threads,
            ParserThreads::handOverWhenReady);
  }

  /**
   * A thread counts as busy until it is back waiting for work, so a reader that found room may hand
   * a file over in the instant before that thread can take it; the pool would refuse it, and the
   * reader take the refusal for a failure. The file waits a moment for the thread instead.
   */
  private static void handOverWhenReady(Runnable task, ThreadPoolExecutor pool) {
    try {
      if (pool.isShutdown() || !pool.getQueue().offer(task, 5, TimeUnit.SECONDS)) {
        throw new RejectedExecutionException("Every parser thread is held");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("Interrupted while handing a file over", e);
    }
  }

  public ExecutorService executor() {
    return pool;
  }

  /** Whether a parse can start now; readers use one thread at a time, the rest are held. */
  public boolean hasRoom() {
    return pool.getActiveCount() < max;
  }

  /** Threads busy now: while no reader is parsing, those held by parses that overran. */
  public int busy() {
    return pool.getActiveCount();
  }

  public void shutdownNow() {
    pool.shutdownNow();
  }
}
