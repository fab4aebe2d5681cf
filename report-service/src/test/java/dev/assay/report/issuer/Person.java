package dev.assay.report.issuer;

import dev.assay.contracts.security.Role;

import java.util.Arrays;
import java.util.List;

/**
 * Who the {@link FakeIssuer} signs in: the ID token's {@code sub}, {@code preferred_username} and {@code roles} (the
 * roles claim's values, as issuers write them: {@code analyst}, {@code partner}…).
 */
public record Person(String subject, String username, List<String> roles) {

    public Person {
        roles = List.copyOf(roles);
    }

    /** Someone whose subject and user name are both {@code username}, with these roles. */
    public static Person named(String username, Role... roles) {
        return new Person(username, username, Arrays.stream(roles).map(Role::claimValue).toList());
    }
}
