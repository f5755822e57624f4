package org.supervision.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server in its own
 * small Spring context on a random port of {@code localhost} (the application under test is
 * opened as {@code 127.0.0.1}, so the two keep their session cookies apart). Its people sign in
 * on its own login page with {@link #PASSWORD}; each has an {@code email} claim, and so has each
 * program client (client credentials) acting for a person; a program's own client has none.
 * People and programs may carry a {@code groups} claim (the provider's groups).
 */
public final class OpenIdProvider implements AutoCloseable {

    public static final String PASSWORD = "provider-password";
    /** The application's client for people's sign-in (authorization code). */
    public static final String CLIENT_ID = "supervision";
    public static final String CLIENT_SECRET = "supervision-secret";
    public static final String PROGRAM_SECRET = "program-secret";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final Clients clients;

    private OpenIdProvider(ConfigurableApplicationContext context, Clients clients) {
        this.context = context;
        this.clients = clients;
    }

    /**
     * @param emails     the provider's people (login name → their {@code email} claim)
     * @param programs   program clients (client id → the {@code email} claim of their tokens)
     * @param registration the application's registration id (its redirect path ends with it)
     */
    public static OpenIdProvider start(Map<String, String> emails, Map<String, String> programs, String registration) {
        return start(emails, programs, Set.of(), Map.of(), registration);
    }

    /**
     * @param ownClients program clients acting for nobody (client credentials, no {@code email} claim)
     * @param groups     the {@code groups} claim of people and programs (login name or client id → provider groups)
     */
    public static OpenIdProvider start(Map<String, String> emails, Map<String, String> programs, Set<String> ownClients,
                                       Map<String, List<String>> groups, String registration) {
        Clients clients = new Clients(registration, programs, ownClients);
        // a plain context, not a SpringApplication: none of the application's start-up checks or settings apply
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("provider", Map.of("server.port", "0")));
        context.getBeanFactory().registerSingleton("clients", clients);
        context.getBeanFactory().registerSingleton("emails", new Emails(emails, programs, groups));
        context.register(ProviderConfiguration.class);
        context.refresh();
        return new OpenIdProvider(context, clients);
    }

    public String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Where the application under test answers, for its registered redirect and sign-out addresses. */
    public void applicationAt(String base) {
        clients.applicationBase = base;
    }

    /** A program's access token (client credentials) with the given scopes (space-separated). */
    public String programToken(String clientId, String scopes) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + PROGRAM_SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + java.net.URLEncoder.encode(scopes, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + clientId + ": " + answer.statusCode() + " " + answer.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** The {@code email} and {@code groups} claims of each person and program. */
    record Emails(Map<String, String> people, Map<String, String> programs, Map<String, List<String>> groups) {
        String of(String name) {
            return people.containsKey(name) ? people.get(name) : programs.get(name);
        }
    }

    /** The application's client, registered for wherever the application under test answers (known only once it runs). */
    static final class Clients implements RegisteredClientRepository {
        private final String registration;
        private final Map<String, String> programs;
        private final Set<String> ownClients;
        volatile String applicationBase = "http://127.0.0.1";

        Clients(String registration, Map<String, String> programs, Set<String> ownClients) {
            this.registration = registration;
            this.programs = programs;
            this.ownClients = ownClients;
        }

        @Override
        public void save(RegisteredClient client) {
            // the provider re-saves a client to upgrade its secret's encoding; these clients are fixed
        }

        @Override
        public RegisteredClient findById(String id) {
            return findByClientId(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            if (CLIENT_ID.equals(clientId)) {
                return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                        .redirectUri(applicationBase + "/login/oauth2/code/" + registration)
                        .postLogoutRedirectUri(applicationBase + "/login?logout")
                        .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope("supervision.api")
                        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                        .build();
            }
            if (programs.containsKey(clientId) || ownClients.contains(clientId)) {
                return RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + PROGRAM_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("supervision.api").scope("reports.read")
                        .build();
            }
            return null;
        }
    }

    /** A test configuration, so that the application's component scan of the tests' classes leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
    static class ProviderConfiguration {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults()).build();
        }

        @Bean
        UserDetailsService people(Emails emails) {
            InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
            emails.people().keySet().forEach(name ->
                    people.createUser(User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()));
            return people;
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaim(Emails emails) {
            return context -> {
                String email = emails.of(context.getPrincipal().getName());
                if (email != null) {
                    context.getClaims().claim("email", email);
                }
                List<String> groups = emails.groups().get(context.getPrincipal().getName());
                if (groups != null) {
                    context.getClaims().claim("groups", groups);
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKey() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKey) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKey);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
