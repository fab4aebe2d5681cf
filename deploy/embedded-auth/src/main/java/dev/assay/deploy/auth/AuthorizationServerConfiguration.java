package dev.assay.deploy.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.assay.contracts.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Spring Authorization Server with OpenID Connect, the demo accounts, their clients ({@code partner-fr},
 * {@code assay-cli}, {@code assay-dashboard}) and a token customizer that writes the
 * {@value DemoAccounts#ROLES_CLAIM} claim (and a partner's claims) into every access and ID token.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** Long enough for a tour of the README with one token, short enough that a leaked one soon expires. */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    /** The protocol endpoints; a browser that is not logged in is sent to the login form. */
    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** Everything else: Spring Security's login form. */
    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    DemoCredentials demoCredentials(AuthSettings settings) {
        return DemoCredentials.loadOrCreate(settings.dataDir());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(DemoCredentials credentials, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(DemoAccounts.ALL.stream().filter(DemoAccounts::isUser)
                .map(name -> User.withUsername(name).password(encoder.encode(credentials.secretOf(name)))
                        .roles(DemoAccounts.userRole(name).orElseThrow().name()).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(DemoCredentials credentials, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build();
        RegisteredClient partner = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DemoAccounts.PARTNER_FR)
                .clientSecret(encoder.encode(credentials.secretOf(DemoAccounts.PARTNER_FR)))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
        RegisteredClient cli = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DemoAccounts.CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(DemoAccounts.CLI_REDIRECT_URI)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();
        RegisteredClient dashboard = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DemoAccounts.DASHBOARD_CLIENT)
                .clientName("Assay dashboard")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(DemoAccounts.DASHBOARD_REDIRECT_URI)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();
        return new InMemoryRegisteredClientRepository(partner, cli, dashboard);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthSettings settings) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(settings.dataDir())));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthSettings settings) {
        return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
    }

    /**
     * Roles as a top-level list of names ({@code ["analyst"]}), which is what {@code ASSAY_OIDC_ROLES_CLAIM=roles}
     * reads; a partner client's tokens also name the country and organisation it submits for.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesClaim() {
        return context -> {
            boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (!access && !id) {
                return;
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                DemoAccounts.partnerClaims(context.getRegisteredClient().getClientId())
                        .forEach((name, value) -> context.getClaims().claim(name, value));
                return;
            }
            List<String> roles = context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .flatMap(authority -> java.util.Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                    .map(Role::claimValue).toList();
            context.getClaims().claim(DemoAccounts.ROLES_CLAIM, roles);
        };
    }
}
