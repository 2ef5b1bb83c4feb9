package coop.seedbed.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.NotSignedInException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static Caller member(boolean verified) {
    return new Caller(7L, "m@example.org", Set.of(Role.MEMBER), verified, false);
  }

  @Test
  void publishing_needsAVerifiedEmail() {
    assertThatThrownBy(() -> member(false).requireVerifiedEmail())
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("confirm your email");
    assertThat(member(true).requireVerifiedEmail()).isEqualTo(member(true));
    assertThatThrownBy(() -> Caller.ANONYMOUS.requireVerifiedEmail())
        .isInstanceOf(NotSignedInException.class);
  }

  @Test
  void staffOnlyActions_refuseMembers_andAcceptStaffAndTheToken() {
    assertThatThrownBy(() -> member(true).requireStaff()).isInstanceOf(ForbiddenException.class);
    new Caller(8L, "s@example.org", Set.of(Role.MEMBER, Role.STAFF), true, false).requireStaff();
    Caller.AUTOMATION.requireStaff();
  }

  @Test
  void theToken_isNotAPerson() {
    assertThatThrownBy(Caller.AUTOMATION::requirePerson).isInstanceOf(NotSignedInException.class);
    assertThat(member(true).requirePerson()).isEqualTo(7L);
  }

  @Test
  void aRole_isSatisfiedByThatRoleOrByStaff() {
    Caller reviewer =
        new Caller(9L, "r@example.org", Set.of(Role.MEMBER, Role.REVIEWER), true, false);
    assertThat(reviewer.requireRole(Role.REVIEWER)).isSameAs(reviewer);
    assertThatThrownBy(() -> reviewer.requireRole(Role.VOLUNTEER))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("volunteer");
  }
}
