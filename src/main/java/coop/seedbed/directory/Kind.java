package coop.seedbed.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What sort of organisation a listing is. Co-operatives by who owns them, then the organisations
 * that support co-ops. The code is what the API and the URLs use.
 */
public enum Kind {
  WORKER("worker", "Worker co-op", true),
  PLATFORM("platform", "Platform co-op", true),
  MULTI_STAKEHOLDER("multi-stakeholder", "Multi-stakeholder co-op", true),
  CONSUMER("consumer", "Consumer co-op", true),
  PRODUCER("producer", "Producer co-op", true),
  HOUSING("housing", "Housing co-op", true),
  FINANCIAL("financial", "Credit union or co-op bank", true),
  OTHER_COOP("other", "Other co-op", true),
  NETWORK("network", "Network or federation", false),
  LEGAL_ADVISER("legal-adviser", "Legal adviser", false),
  FUNDER("funder", "Funder", false),
  DEVELOPER("developer", "Co-op developer", false),
  ACCELERATOR("accelerator", "Accelerator", false);

  private final String code;
  private final String label;
  private final boolean cooperative;

  Kind(String code, String label, boolean cooperative) {
    this.code = code;
    this.label = label;
    this.cooperative = cooperative;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether this is a co-op itself, rather than an organisation that supports co-ops. */
  public boolean isCooperative() {
    return cooperative;
  }

  public static Optional<Kind> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
  }

  static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Kind::code).toList());
  }
}
