package coop.seedbed.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What one logger writes while a test listens, for tests of what reaches the log. */
public final class LogRecords extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new ArrayList<>();

  private LogRecords(Logger logger) {
    this.logger = logger;
    logger.addHandler(this);
  }

  public static LogRecords of(Class<?> owner) {
    return new LogRecords(Logger.getLogger(owner.getName()));
  }

  /** The records at {@code level} or above, in order. */
  public synchronized List<LogRecord> atLeast(Level level) {
    return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
