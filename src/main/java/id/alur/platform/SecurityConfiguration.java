package id.alur.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach what (docs/security.md). Two filter chains: {@code /api/**} is stateless and authenticates a
 * bearer token per request (CSRF off: no cookies are used there); everything else uses form login against the
 * office users, sessions in the database and CSRF on every form. Roles beyond these URL rules are checked where
 * the data is ({@code ResourceOfficeGuard} of the office module, {@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Reachable without signing in. */
    static final String[] PUBLIC_PATHS = {
        "/publik/**",
        "/login",
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/api/docs",
        "/api/docs/**",
        "/api/swagger-ui/**",
        "/swagger-ui/**",
        "/v3/api-docs",
        "/v3/api-docs/**"
    };

    /**
     * Content Security Policy: everything is served from this application (no CDN), so scripts come only from
     * here; htmx runs without eval ({@code allowEval: false} in the layout).
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'";

    static RequestMatcher apiRequests() {
        var paths = PathPatternRequestMatcher.withDefaults();
        // The API description and its UI (springdoc serves the UI next to /api/docs) are pages, not the API.
        return new AndRequestMatcher(
                paths.matcher("/api/**"),
                new NegatedRequestMatcher(paths.matcher("/api/docs/**")),
                new NegatedRequestMatcher(paths.matcher("/api/swagger-ui/**")));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt for new hashes; the {id} prefix lets stronger encoders take over later without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ApiTokenVerifier verifier, MessageSource messages, LocaleResolver locales)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"alur\"");
            writeProblem(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    messages.getMessage(
                            "platform.error.401.title", null, "Unauthorized", locales.resolveLocale(request)),
                    messages.getMessage(
                            "platform.error.apiToken", null, "Bearer token missing", locales.resolveLocale(request)),
                    "platform.error.apiToken");
        };
        AccessDeniedHandler forbidden = (request, response, exception) -> writeProblem(
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                messages.getMessage("platform.error.403.title", null, "Forbidden", locales.resolveLocale(request)),
                messages.getMessage("platform.error.forbidden", null, "Forbidden", locales.resolveLocale(request)),
                "platform.error.forbidden");
        return http.securityMatcher(apiRequests())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(verifier, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginAttempts attempts) throws Exception {
        // An htmx request whose session ended must load the login page as a whole, not swap it into a fragment.
        AuthenticationEntryPoint htmxToLogin = (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        RequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request", "true");
        AuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        return http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.OFFICE_ADMIN.name())
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                // An anonymous request stores nothing on the server (issue 14): the CSRF token of a form and the page
                // to return to after signing in live in cookies, so no spring_session row is written before a login.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(attempts.successHandler())
                        .failureHandler(attempts.failureHandler()))
                .addFilterBefore(attempts.filter(), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, exception) -> {
                    if (htmx.matches(request)) {
                        htmxToLogin.commence(request, response, exception);
                    } else {
                        toLogin.commence(request, response, exception);
                    }
                }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    static void writeProblem(
            HttpServletResponse response, HttpStatus status, String type, String title, String detail, String code)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(ApiProblems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ApiProblems.json(status, type, title, detail, code));
    }
}
