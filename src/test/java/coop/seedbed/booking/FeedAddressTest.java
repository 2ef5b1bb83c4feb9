package coop.seedbed.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Calendar addresses that would let a volunteer make the server read its own network. */
class FeedAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "::",
        "fe80::1",
        "fd00::1",
        "fc12:3456::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1"
      })
  void privateAddressesAreRefused(String literal) throws Exception {
    assertThat(FeedAddress.isPrivate(InetAddress.getByName(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
  void publicAddressesAreFetched(String literal) throws Exception {
    assertThat(FeedAddress.isPrivate(InetAddress.getByName(literal))).isFalse();
  }

  @Test
  void theVolunteerIsToldWhy() {
    assertThatThrownBy(() -> FeedAddress.requirePublic(URI.create("http://localhost:8080/cal.ics")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "localhost is on a private network, and Seedbed only fetches calendars from the internet");
    assertThatThrownBy(() -> FeedAddress.requirePublic(URI.create("http://[::1]/cal.ics")))
        .hasMessageContaining("private network");
    assertThatThrownBy(() -> FeedAddress.requirePublic(URI.create("file:///etc/passwd")))
        .hasMessage("the address is not a web address with a host name");
  }
}
