package coop.seedbed.booking;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Whether a calendar address a volunteer gave may be fetched. The server fetches it on their
 * behalf, so without this check anyone with the volunteer role could make Seedbed read addresses
 * only it can reach: its own admin endpoints, a cloud metadata service, machines on its network.
 */
final class FeedAddress {

  private FeedAddress() {}

  /**
   * Throws, with a reason fit for the volunteer's page, unless every address of the host is public.
   */
  static void requirePublic(URI uri) throws IOException {
    String host = uri.getHost();
    if (host == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IOException("the address is not a web address with a host name");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IOException("there is no such host as " + host);
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        throw new IOException(
            host
                + " is on a private network, and Seedbed only fetches calendars from the internet");
      }
    }
  }

  /** Loopback, private, link-local, shared (carrier-grade NAT), unique-local, multicast, any. */
  static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
    return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
  }
}
