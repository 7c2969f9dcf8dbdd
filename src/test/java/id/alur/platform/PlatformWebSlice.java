package id.alur.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The web layer of platform alone ({@code @WebMvcTest}): its page controller, its advice classes, its security
 * chains and the templates, with no database and no other module (their beans are left out of the slice), and the
 * controllers of {@link ExceptionAdviceTests} that throw (one slice context for all platform web tests). The
 * password of {@link #OFFICER} is {@value #PASSWORD}, the API token {@value #TOKEN}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest(
        controllers = HomeController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.(?!platform\\.).*"))
@Import({
    SecurityConfiguration.class,
    ApiProblems.class,
    LoginAttempts.class,
    LoginThrottle.class,
    PlatformWebSlice.Users.class,
    ExceptionAdviceTests.Pages.class,
    ExceptionAdviceTests.Api.class
})
@org.springframework.test.context.bean.override.mockito.MockitoBean(types = AuditTrail.class)
@interface PlatformWebSlice {

    String PASSWORD = "rahasia-2026";

    String TOKEN = "token-of-agus";

    AlurUser OFFICER = new AlurUser(
            "rembang.kasi-rehabsos",
            null,
            "Agus Prasetyo",
            true,
            "dinsosppkb-rembang",
            "Dinas Sosial Kabupaten Rembang",
            null,
            Set.of(Role.OFFICER));

    /** Stands in for the office module's users and API tokens: one officer with a password and a token. */
    @TestConfiguration(proxyBeanMethods = false)
    class Users {
        @Bean
        ApiTokenVerifier apiTokenVerifier() {
            return presented -> TOKEN.equals(presented) ? Optional.of(OFFICER) : Optional.empty();
        }

        /** A new user per sign-in: Spring Security erases the password of the one it authenticated. */
        @Bean
        UserDetailsService userDetailsService(PasswordEncoder passwords) {
            String hash = passwords.encode(PASSWORD);
            return username -> {
                if (!username.equals(OFFICER.username())) {
                    throw new UsernameNotFoundException(username);
                }
                return new AlurUser(
                        OFFICER.username(),
                        hash,
                        OFFICER.displayName(),
                        true,
                        OFFICER.officeCode(),
                        OFFICER.officeName(),
                        OFFICER.zone(),
                        OFFICER.roles());
            };
        }
    }
}
