package org.supervision.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client against the running application: either a program using HTTP Basic,
 * or a person with a browser session (form login, cookies, the webapps' XSRF token).
 */
public final class WebClient {

    /** The login form's hidden CSRF field, whatever the order of its attributes (Thymeleaf's or Spring's own page). */
    private static final Pattern CSRF_FIELD = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final String basicAuth;
    private String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebClient(int port, String basicAuth) {
        this.base = "http://localhost:" + port;
        this.basicAuth = basicAuth;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebClient anonymous(int port) {
        return new WebClient(port, null);
    }

    public static WebClient basic(int port, String user, String password) {
        return new WebClient(port, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Logs in through the login form as a person would; fails unless the login succeeds. */
    public static WebClient browser(int port, String user, String password) {
        return new WebClient(port, null).loggedIn(user, password);
    }

    /**
     * This client's requests come from {@code address} as a reverse proxy would report it
     * (X-Forwarded-For; trusted from loopback in the test profile, like a proxy in production).
     */
    public WebClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Logs this client in through the login form; fails unless the login succeeds. */
    public WebClient loggedIn(String user, String password) {
        HttpResponse<String> login = formLogin(user, password);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + location);
        }
        return this;
    }

    /** Sends the login form as a person would and returns the answer (a redirect either way). */
    public HttpResponse<String> formLogin(String user, String password) {
        Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("login page has no CSRF field");
        }
        return send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(csrf.group(1)))));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A download as it comes, for files that are not text (an XLSX workbook). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body of raw bytes, as curl's --data-binary sends a file. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** A POST from Tasklist/Cockpit's JavaScript: it echoes the XSRF-TOKEN cookie in a header. */
    public HttpResponse<String> webappPost(String path, String json) {
        return webappPost(path, "application/json", json);
    }

    public HttpResponse<String> webappPost(String path, String contentType, String body) {
        return webappPost(path, contentType, "application/json, text/html", body);
    }

    /**
     * A filter's task list as Tasklist asks for it: in HAL ({@code application/hal+json}), where
     * each task carries the variables the filter shows.
     */
    public HttpResponse<String> webappPostHal(String path, String json) {
        return webappPost(path, "application/json", "application/hal+json", json);
    }

    private HttpResponse<String> webappPost(String path, String contentType, String accept, String body) {
        get("/camunda/app/tasklist/default/"); // the webapp hands out its XSRF token cookie
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from the webapp"));
        return send(request(path).setHeader("Accept", accept).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html");
        if (basicAuth != null) {
            builder.header("Authorization", basicAuth);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
