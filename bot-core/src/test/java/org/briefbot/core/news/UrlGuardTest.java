package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on a link before any name lookup: what a person who sent a bad link is told. */
class UrlGuardTest {
  private static final HostResolver NO_LOOKUPS =
      host -> {
        throw new AssertionError("no lookup expected for " + host);
      };
  private final UrlGuard guard = new UrlGuard(false, NO_LOOKUPS);

  private static String linkOfLength(int length) {
    String start = "https://news.example/";
    return start + "a".repeat(length - start.length());
  }

  @Test
  void aLinkAsLongAsAllowedIsTakenAndOneCharacterMoreIsRefused() {
    assertThat(guard.check(linkOfLength(UrlGuard.MAX_URL_LENGTH)).toString())
        .hasSize(UrlGuard.MAX_URL_LENGTH);
    assertThatThrownBy(() -> guard.check(linkOfLength(UrlGuard.MAX_URL_LENGTH + 1)))
        .isInstanceOf(FetchException.class)
        .hasMessage("That link is too long (more than 2048 characters).");
  }

  @Test
  void aParsedLinkSuchAsARedirectTargetIsHeldToTheSameLength() {
    okhttp3.HttpUrl longest = okhttp3.HttpUrl.get(linkOfLength(UrlGuard.MAX_URL_LENGTH));
    assertThat(guard.check(longest)).isEqualTo(longest);
    assertThatThrownBy(
            () -> guard.check(okhttp3.HttpUrl.get(linkOfLength(UrlGuard.MAX_URL_LENGTH + 1))))
        .isInstanceOf(FetchException.class)
        .hasMessage("That link is too long (more than 2048 characters).");
  }

  @Test
  void onlyTheDevelopmentSettingLiftsTheAddressCheck() {
    assertThat(guard.allowsPrivateAddresses()).isFalse();
    UrlGuard lifted = new UrlGuard(true, host -> List.of(InetAddress.getLoopbackAddress()));
    assertThat(lifted.allowsPrivateAddresses()).isTrue();
    assertThat(lifted.check("http://127.0.0.1:8080/story").host()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> guard.check("http://127.0.0.1:8080/story"))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).");
  }
}
