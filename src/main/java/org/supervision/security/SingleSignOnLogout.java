package org.supervision.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Signing out of the workspace or of Camunda's webapps: the local session always ends; a person
 * the identity provider signed in is also sent to the provider's sign-out (OpenID Connect
 * RP-initiated logout, where its metadata names an end_session_endpoint), which sends them
 * back to the login page.
 */
final class SingleSignOnLogout {

    private static final String END_SESSION = "end_session_endpoint";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SingleSignOnLogout() {
    }

    static LogoutSuccessHandler toLoginPage(ClientRegistrationRepository identityProviders, String loginPage) {
        SimpleUrlLogoutSuccessHandler local;
        if (identityProviders == null) {
            local = new SimpleUrlLogoutSuccessHandler();
        } else {
            OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(identityProviders);
            provider.setPostLogoutRedirectUri("{baseUrl}" + loginPage);
            local = provider;
        }
        local.setDefaultTargetUrl(loginPage);
        return local;
    }

    /**
     * The same, for the webapps' sign-out, which their script sends and which cannot follow a
     * redirect: answered 200 with {@code {"signOutAt": "<address>"}}, the address the redirect
     * would have gone to, for the webapps' plugin ({@code plugin-webapp/supervision-sign-out})
     * to open. Camunda's own script, which expects 200, ignores the body.
     */
    static LogoutSuccessHandler forScript(ClientRegistrationRepository identityProviders, String loginPage) {
        SimpleUrlLogoutSuccessHandler answer = (SimpleUrlLogoutSuccessHandler) toLoginPage(identityProviders, loginPage);
        answer.setRedirectStrategy((request, response, url) -> {
            String address = url.startsWith("/") ? request.getContextPath() + url : url;
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            JSON.writeValue(response.getOutputStream(), Map.of("signOutAt", address));
        });
        return answer;
    }

    /**
     * The providers' sign-out addresses' origins: the sign-out form's answer redirects there,
     * so the pages' Content-Security-Policy (form-action) must allow them.
     */
    static List<String> providerOrigins(ClientRegistrationRepository identityProviders) {
        return SignInOptions.registrationsOf(identityProviders).stream()
                .map(ClientRegistration::getProviderDetails)
                .map(details -> details.getConfigurationMetadata().get(END_SESSION))
                .filter(Objects::nonNull)
                .map(Object::toString)
                .map(URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority())
                .distinct().toList();
    }
}
