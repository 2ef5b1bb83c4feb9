package coop.seedbed.directory;

import java.util.List;

/** One page of listings and where it sits in the whole result. */
public record OrganisationPage(List<OrganisationView> items, long total, int page, int size) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
