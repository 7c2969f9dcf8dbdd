package id.alur.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What the form sign-in does around the password check: refuses an attempt the {@link LoginThrottle} holds back
 * (before the password is looked at), counts failures, and puts sign-ins, failed sign-ins and refused attempts on the
 * audit trail ({@code login.succeeded}, {@code login.failed}, {@code login.throttled}; never the password); a
 * successful sign-in switches the interface to the user's {@link PreferredLanguage}.
 */
@Component
class LoginAttempts {

    static final String USERNAME = "username";

    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final ObjectProvider<PreferredLanguage> languages;
    private final ObjectProvider<LocaleResolver> locales;

    LoginAttempts(
            LoginThrottle throttle,
            AuditTrail audit,
            ObjectProvider<PreferredLanguage> languages,
            ObjectProvider<LocaleResolver> locales) {
        this.throttle = throttle;
        this.audit = audit;
        this.languages = languages;
        this.locales = locales;
    }

    /** The filter before the sign-in's: a throttled attempt goes back to the login page saying how long to wait. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod())
                        && "/login"
                                .equals(request.getRequestURI()
                                        .substring(request.getContextPath().length())));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String username = username(request);
                var wait = throttle.refusedFor(username, request.getRemoteAddr());
                if (wait.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                audit.recordAlone(AuditEvent.of("login.throttled")
                        .outcome(AuditOutcome.REFUSED)
                        .by(username)
                        .detail("refused for " + minutes(wait.get()) + " min"));
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes(wait.get()));
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String username = username(request);
            throttle.failed(username, request.getRemoteAddr());
            audit.recordAlone(
                    AuditEvent.of("login.failed").outcome(AuditOutcome.FAILED).by(username));
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    AuthenticationSuccessHandler successHandler() {
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        // The page asked for before signing in is kept in a cookie (SecurityConfiguration: no anonymous session).
        target.setRequestCache(new CookieRequestCache());
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName());
            audit.recordAlone(AuditEvent.of("login.succeeded"));
            // The language chosen on the profile page, on this browser too (the cookie of another one does not come).
            languages.ifAvailable(preferred -> preferred
                    .of(authentication.getName())
                    .ifPresent(language ->
                            locales.ifAvailable(resolver -> resolver.setLocale(request, response, language))));
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Whole minutes, rounded up, so that "1" never means "now". */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter(USERNAME);
        return username == null ? "" : username.strip();
    }
}
