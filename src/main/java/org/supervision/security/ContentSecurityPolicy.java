package org.supervision.security;

import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of every response the product serves itself: the login page,
 * the workspace's pages, {@code /api}, {@code /engine-rest}, error pages, Actuator. Scripts, styles
 * and frames come from this server only, no inline script or style, no plugins, and no other
 * site may frame a page (clickjacking). Fonts and images may also be {@code data:} URIs: the
 * BPMN diagram viewer's icon font is embedded that way.
 *
 * <p>Camunda's webapps ({@code /camunda/app/*}, {@code /camunda/api/*}) are left out: their
 * HttpHeaderSecurityFilter sends a policy of their own, made for them
 * ({@code camunda.bpm.webapp.header-security.*}), and a second policy would only be applied on
 * top of it, blocking what theirs allows.
 */
final class ContentSecurityPolicy {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * The auditor's diagram page ({@code /audit/path/…}, the path a process took) draws with
     * bpmn-js, which sets {@code style} attributes on the diagram's elements. Only that page
     * (its trail, search and verification pages under {@code /audit-trail} are not), and only
     * style attributes are allowed inline ({@code style-src-attr},
     * CSP level 3): a style attribute styles its own element and cannot select others, so it
     * cannot read the page the way an injected style sheet could; style sheets, scripts and
     * everything else stay as strict as on every other page.
     */
    static final String AUDITOR_PAGE_POLICY = POLICY + "; style-src-attr 'unsafe-inline'";

    private ContentSecurityPolicy() {
    }

    static HeaderWriter headerWriter() {
        return headerWriter(List.of());
    }

    /**
     * @param signOutOrigins origins the sign-out form's answer may redirect to (the identity
     *                       providers' sign-out pages); browsers apply form-action to redirects
     */
    static HeaderWriter headerWriter(List<String> signOutOrigins) {
        String formTargets = signOutOrigins.isEmpty() ? "" : " " + String.join(" ", signOutOrigins);
        String policy = POLICY.replace("form-action 'self'", "form-action 'self'" + formTargets);
        String auditorPagePolicy = AUDITOR_PAGE_POLICY.replace("form-action 'self'", "form-action 'self'" + formTargets);
        RequestMatcher auditorPage = new AntPathRequestMatcher("/audit/path/**");
        RequestMatcher camundaWebapps = new OrRequestMatcher(
                new AntPathRequestMatcher("/camunda/app/**"), new AntPathRequestMatcher("/camunda/api/**"));
        return new CompositeHeaderWriter(List.of(
                new DelegatingRequestMatcherHeaderWriter(auditorPage, new ContentSecurityPolicyHeaderWriter(auditorPagePolicy)),
                new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(new OrRequestMatcher(auditorPage, camundaWebapps)),
                        new ContentSecurityPolicyHeaderWriter(policy))));
    }
}
