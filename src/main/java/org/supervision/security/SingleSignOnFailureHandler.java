package org.supervision.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a person the provider signed in but the product refused to the page that says why. */
class SingleSignOnFailureHandler implements AuthenticationFailureHandler {

    static final String REFUSED_PAGE = "/sign-in-refused";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = "failed";
        if (failure instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith(DirectoryOidcUserService.REFUSED_PREFIX)) {
            reason = oauth.getError().getErrorCode().substring(DirectoryOidcUserService.REFUSED_PREFIX.length());
        }
        response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?reason=" + reason);
    }
}
