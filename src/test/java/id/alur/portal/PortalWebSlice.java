package id.alur.portal;

import id.alur.casework.PermohonanService;
import id.alur.letter.LetterService;
import id.alur.platform.ApiTokenVerifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web slice of the public pages ({@code @WebMvcTest}): their controllers with the real rate limit
 * ({@link PortalConfiguration}), the templates, the platform's security chains (the pages need no login) and advice
 * classes; the casework and letter facades they read are Mockito mocks. One context for every slice test of the module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        controllers = {StatusController.class, LetterVerificationController.class},
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.(?!platform\\.|portal\\.).*"))
@Import({PortalConfiguration.class, PortalWebSlice.Platform.class})
@MockitoBean(types = {PermohonanService.class, LetterService.class, id.alur.platform.AuditTrail.class})
@interface PortalWebSlice {

    /**
     * The platform's security configuration and the problem details its advice classes write (package-private there,
     * so found by name), with no API token known: the public pages use none.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(
            basePackages = "id.alur.platform",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern =
                                    "id\\.alur\\.platform\\.(SecurityConfiguration|ApiProblems|LoginAttempts|LoginThrottle)"))
    class Platform {
        @Bean
        ApiTokenVerifier apiTokenVerifier() {
            return presented -> Optional.empty();
        }
    }
}
