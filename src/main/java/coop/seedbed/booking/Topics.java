package coop.seedbed.booking;

import java.util.LinkedHashMap;
import java.util.Map;

/** What people can ask a volunteer about: a code and how it reads. */
final class Topics {

  static final Map<String, String> ALL = new LinkedHashMap<>();

  /** More than there are topics, for a form sent twice over; every topic joined fits a column. */
  static final int MAX_CHOSEN = 20;

  static {
    ALL.put("starting", "Starting a co-op");
    ALL.put("legal-forms", "Legal forms");
    ALL.put("governance", "Governance");
    ALL.put("finance", "Money and finance");
    ALL.put("tech-platforms", "Tech platforms");
    ALL.put("conversion", "Converting a business");
  }

  private Topics() {}

  static String label(String code) {
    return ALL.getOrDefault(code, code);
  }
}
