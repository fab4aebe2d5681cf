package dev.assay.report.security;

import dev.assay.contracts.security.RolesClaim;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in viewer's authorities are the roles of the ID token, read as the APIs read a bearer token's. */
class SignInAuthoritiesTest {

    @Test
    void an_analyst_is_an_analyst_and_nothing_else() {
        assertThat(authorities("roles", Map.of("roles", List.of("analyst")), Map.of()))
                .containsExactly(new SimpleGrantedAuthority("ROLE_ANALYST"));
    }

    @Test
    void an_admin_is_also_an_analyst() {
        assertThat(authorities("roles", Map.of("roles", List.of("admin")), Map.of()))
                .containsExactlyInAnyOrder(new SimpleGrantedAuthority("ROLE_ADMIN"),
                        new SimpleGrantedAuthority("ROLE_ANALYST"));
    }

    @Test
    void keycloaks_realm_roles_are_read_from_their_nested_claim() {
        assertThat(authorities("realm_access.roles",
                Map.of("realm_access", Map.of("roles", List.of("offline_access", "analyst"))), Map.of()))
                .containsExactly(new SimpleGrantedAuthority("ROLE_ANALYST"));
    }

    @Test
    void roles_that_only_the_user_info_answer_carries_count_too() {
        assertThat(authorities("roles", Map.of(), Map.of("roles", "analyst")))
                .containsExactly(new SimpleGrantedAuthority("ROLE_ANALYST"));
    }

    @Test
    void no_roles_claim_no_authority() {
        assertThat(authorities("roles", Map.of("scope", "openid"), Map.of())).isEmpty();
    }

    private static List<GrantedAuthority> authorities(String claim, Map<String, Object> idTokenClaims,
                                                      Map<String, Object> userInfoClaims) {
        Map<String, Object> claims = new java.util.HashMap<>(idTokenClaims);
        claims.put("sub", "ana");
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims);
        OidcUserInfo userInfo = userInfoClaims.isEmpty() ? null : new OidcUserInfo(withSubject(userInfoClaims));
        return List.copyOf(new SignInAuthorities(new RolesClaim(claim))
                .mapAuthorities(List.of(new OidcUserAuthority(idToken, userInfo))));
    }

    private static Map<String, Object> withSubject(Map<String, Object> claims) {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("sub", "ana");
        return all;
    }
}
