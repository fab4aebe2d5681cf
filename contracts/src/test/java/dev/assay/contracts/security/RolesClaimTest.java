package dev.assay.contracts.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RolesClaimTest {

    @Test
    void a_plain_roles_claim_as_entra_id_and_the_embedded_provider_write_it() {
        assertThat(new RolesClaim("roles").roles(Map.of("roles", List.of("analyst", "Reader"))))
                .containsExactly(Role.ANALYST);
    }

    @Test
    void keycloaks_realm_roles_are_reached_by_a_dotted_path() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles",
                List.of("offline_access", "partner", "uma_authorization")));
        assertThat(new RolesClaim("realm_access.roles").roles(claims)).containsExactly(Role.PARTNER);
    }

    @Test
    void a_space_or_comma_separated_string_is_read_as_a_list() {
        assertThat(new RolesClaim("scope_roles").roles(Map.of("scope_roles", "partner, ANALYST")))
                .containsExactlyInAnyOrder(Role.PARTNER, Role.ANALYST);
    }

    @Test
    void an_admin_is_also_an_analyst() {
        assertThat(new RolesClaim("roles").roles(Map.of("roles", List.of("admin"))))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
    }

    @Test
    void a_missing_claim_or_a_path_through_a_non_object_grants_nothing() {
        RolesClaim claim = new RolesClaim("realm_access.roles");
        assertThat(claim.roles(Map.of())).isEmpty();
        assertThat(claim.roles(Map.of("realm_access", "admin"))).isEmpty();
        assertThat(claim.roles(Map.of("realm_access", Map.of("roles", 42)))).isEmpty();
    }

    @Test
    void a_malformed_path_is_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RolesClaim("realm_access..roles"))
                .withMessageContaining("dotted path");
        assertThatIllegalArgumentException().isThrownBy(() -> new RolesClaim(" "));
    }
}
