package coop.seedbed.guides;

import java.util.List;

/**
 * What someone says about a document they upload (the file comes alongside).
 *
 * @param jurisdiction an ISO 3166 country or subdivision code, or empty when it is not about one
 * @param topics topic codes of the guides ("legal", "governance"...)
 * @param licence under which others may use it, such as "CC BY-SA 4.0"
 */
public record DocumentRequest(
    String title, String summary, String jurisdiction, List<String> topics, String licence) {}
