package coop.seedbed.guides;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A document as the API and pages show it.
 *
 * @param status waiting, reading, ready or failed
 * @param reason why no text could be read (failed), or what was left out (ready); else null
 * @param textChars how many characters of text were read, once ready
 * @param mine whether the person asking uploaded it (and so may retry, replace or delete it)
 */
public record DocumentView(
    String slug,
    String title,
    String summary,
    String jurisdiction,
    List<String> topics,
    String licence,
    String fileName,
    String mediaType,
    String typeLabel,
    long sizeBytes,
    String sha256,
    String status,
    String reason,
    Integer textChars,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    boolean mine,
    String url,
    String fileUrl) {}
