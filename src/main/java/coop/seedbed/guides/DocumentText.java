package coop.seedbed.guides;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Tika reader of the application, set up from configuration when first needed; the
 * accelerator reads application files with it too.
 */
@ApplicationScoped
public class DocumentText {

  @Inject
  @ConfigProperty(name = "seedbed.documents.max-chars")
  int maxChars;

  @Inject
  @ConfigProperty(name = "seedbed.documents.read-timeout")
  Duration readTimeout;

  private volatile TextExtractor extractor;

  public TextExtractor extractor() {
    TextExtractor current = extractor;
    if (current == null) {
      synchronized (this) {
        if (extractor == null) {
          extractor = new TextExtractor(maxChars, readTimeout);
        }
        current = extractor;
      }
    }
    return current;
  }
}
