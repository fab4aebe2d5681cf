package dev.assay.classification.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code assay.security.roles-claim}: the dotted path of the claim that holds a token's roles. */
@ConfigurationProperties("assay.security")
record SecurityProperties(@DefaultValue("roles") String rolesClaim) {
}
