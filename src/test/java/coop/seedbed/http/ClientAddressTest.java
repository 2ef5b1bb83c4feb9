package coop.seedbed.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  /**
   * One household or server is given a whole IPv6 /64 and can pick any address in it, so a limit
   * keyed by the full address could be walked round address by address.
   */
  @Test
  void anIpv6Address_standsForItsWhole64() {
    assertThat(ClientAddress.subject("2001:db8:85a3:12:8a2e:370:7334:1"))
        .isEqualTo(ClientAddress.subject("2001:db8:85a3:12:ffff:ffff:ffff:ffff"))
        .isEqualTo("2001:db8:85a3:12::/64");
    assertThat(ClientAddress.subject("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
    assertThat(ClientAddress.subject("2001:db8:85a3:13::1"))
        .isNotEqualTo(ClientAddress.subject("2001:db8:85a3:12::1"));
  }

  @Test
  void anIpv4Address_isItself_andSoIsAnythingElse() {
    assertThat(ClientAddress.subject("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.subject("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.subject("not an address")).isEqualTo("not an address");
  }
}
