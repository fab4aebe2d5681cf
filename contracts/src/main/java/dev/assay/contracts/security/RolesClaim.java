package dev.assay.contracts.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a token carries its roles, as a dotted path into the claims: {@code roles} (Microsoft Entra ID, the embedded
 * provider), {@code realm_access.roles} (Keycloak). The value may be a list or a space- or comma-separated string.
 * Unknown role names are ignored; an admin is also an analyst.
 */
public final class RolesClaim {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final String[] path;

    public RolesClaim(String path) {
        if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new IllegalArgumentException("roles claim must be a dotted path such as 'realm_access.roles', was '"
                    + path + "'");
        }
        this.path = path.strip().split("\\.");
    }

    /** The roles the claims grant. */
    public Set<Role> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String step : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return Set.of();
            }
            value = map.get(step);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> values) {
            values.forEach(v -> add(roles, String.valueOf(v)));
        } else if (value instanceof String text) {
            for (String v : SEPARATORS.split(text)) {
                add(roles, v);
            }
        }
        if (roles.contains(Role.ADMIN)) {
            roles.add(Role.ANALYST);
        }
        return roles;
    }

    private static void add(EnumSet<Role> roles, String value) {
        if (!value.isBlank()) {
            Role.fromClaimValue(value).ifPresent(roles::add);
        }
    }

    @Override
    public String toString() {
        return String.join(".", path);
    }
}
