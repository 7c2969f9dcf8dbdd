package id.alur.nodes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser of one user: its cookies (the {@code SESSION} of Spring Session JDBC and the CSRF cookie) go to whichever
 * node it talks to, as behind a load balancer; forms are posted with the page's CSRF field.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ISSUED_TOKEN =
            Pattern.compile("id=\"issued-token\".*?<code[^>]*>([^<]+)</code>", Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Signs in through the login form; fails unless the node redirects away from the login page. */
    void signIn(Node node, String username, String password) throws IOException, InterruptedException {
        var response = post(node, "/login", "/login", Map.of("username", username, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " on " + node + " answered "
                    + response.statusCode() + " to " + location);
        }
    }

    /** A page as this browser sees it; 302 to the login page means it is not signed in there. */
    HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(node.url(path)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Issues an API token for {@code username} on its user page (the system administrator's form). */
    String issueToken(Node node, String username) throws IOException, InterruptedException {
        String page = "/admin/users/" + username;
        var response = post(node, page, page + "/tokens", Map.of("name", "two-nodes", "validDays", "1"));
        Matcher token = ISSUED_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(
                    "no token issued for " + username + " on " + node + ": " + response.statusCode());
        }
        return token.group(1).strip();
    }

    /** Posts a form as the page at {@code formPage} would, with its CSRF field. */
    private HttpResponse<String> post(Node node, String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        var form = get(node, formPage);
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException(
                    "GET " + formPage + " on " + node + " answered " + form.statusCode() + " without a form");
        }
        var values = new LinkedHashMap<>(fields);
        values.put("_csrf", csrf.group(1));
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(node.url(action)))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
