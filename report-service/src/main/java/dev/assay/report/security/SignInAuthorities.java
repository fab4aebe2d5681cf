package dev.assay.report.security;

import dev.assay.contracts.security.RolesClaim;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed-in analyst's authorities are the roles of the ID token (and user-info) claims, read by the same
 * {@link RolesClaim} as the APIs read bearer tokens: the same claim, the same names, and an admin is an analyst here
 * too. Scopes and Spring Security's {@code OIDC_USER} marker are dropped; nothing in Assay asks for them.
 */
final class SignInAuthorities implements GrantedAuthoritiesMapper {

    private final RolesClaim rolesClaim;

    SignInAuthorities(RolesClaim rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        // an OidcUserAuthority's attributes are the ID token's claims merged with the user-info answer's
        Set<GrantedAuthority> roles = authorities.stream()
                .filter(OAuth2UserAuthority.class::isInstance)
                .flatMap(authority -> rolesClaim.roles(((OAuth2UserAuthority) authority).getAttributes()).stream())
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        return Set.copyOf(roles);
    }
}
