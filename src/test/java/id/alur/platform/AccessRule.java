package id.alur.platform;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * One row of the authorization matrix: a route (path with {@code {placeholders}}, request parameters) and the
 * outcome for each kind of user, given in the order of {@link Who#values()}.
 */
public record AccessRule(HttpMethod method, String path, Map<String, String> parameters, Map<Who, Outcome> expected) {

    /** Who asks: the "own" office is the fixture's office; {@code _OTHER} users work in the other office. */
    public enum Who {
        ANONYMOUS,
        ADMIN,
        OFFICE_ADMIN,
        OFFICE_ADMIN_OTHER,
        OFFICER,
        OFFICER_OTHER,
        OUTSIDE_PARTY
    }

    /** What they get. */
    public enum Outcome {
        /** Reached the handler: 2xx, 3xx (except to the login page) or a 4xx about the input (400, 409, 422). */
        ALLOWED,
        /** A page sent to the login page. */
        LOGIN,
        /** 401: an API request without a valid token. */
        UNAUTHORIZED,
        /** 403: signed in, but not in a role that may. */
        FORBIDDEN,
        /** 404: another office's resource (office isolation) or none at all. */
        NOT_FOUND
    }

    public static AccessRule get(String path) {
        return new AccessRule(HttpMethod.GET, path, Map.of(), Map.of());
    }

    public static AccessRule post(String path) {
        return new AccessRule(HttpMethod.POST, path, Map.of(), Map.of());
    }

    public static AccessRule put(String path) {
        return new AccessRule(HttpMethod.PUT, path, Map.of(), Map.of());
    }

    public static AccessRule delete(String path) {
        return new AccessRule(HttpMethod.DELETE, path, Map.of(), Map.of());
    }

    /** Adds a request parameter (its value may use placeholders). */
    public AccessRule param(String name, String value) {
        var parameters = new LinkedHashMap<>(this.parameters);
        parameters.put(name, value);
        return new AccessRule(method, path, parameters, expected);
    }

    /** The outcomes for ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    public AccessRule expect(Outcome... outcomes) {
        if (outcomes.length != Who.values().length) {
            throw new IllegalArgumentException(
                    "Give one outcome per Who " + Arrays.toString(Who.values()) + " for " + method + " " + path);
        }
        var expected = new EnumMap<Who, Outcome>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, outcomes[who.ordinal()]);
        }
        return new AccessRule(method, path, parameters, expected);
    }

    public boolean api() {
        return path.startsWith("/api/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
