package id.alur.office;

import id.alur.platform.AuditTrail;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web slice of the office module's controllers: Spring MVC, Thymeleaf, the platform's security rules and its two
 * advice classes (pages and {@code /api/**} problem details) as they run in the application, the real office
 * isolation ({@link ResourceOfficeGuard}) and user page ({@link UserPage}); the module's services and the audit trail are Mockito mocks
 * ({@code @Autowired} them to stub). One context for every slice test of the module:
 *
 * <pre>{@code
 * @OfficeWebSlice
 * class OfficeAdminControllerTests { @Autowired MockMvc mvc; @Autowired Offices offices; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        controllers = {
            OfficeAdminController.class,
            DelegationAdminController.class,
            UserAdminController.class,
            MembershipAdminController.class,
            ApiTokenAdminController.class,
            OfficeApiController.class,
            OfficeSwitchController.class
        })
@Import({UserPage.class, ResourceOfficeGuard.class, id.alur.platform.AccessProbes.class, OfficeWebSlice.Platform.class})
@MockitoBean(
        types = {
            Offices.class,
            UserAccounts.class,
            Memberships.class,
            Delegations.class,
            ApiTokens.class,
            SignedInOfficers.class,
            AuditTrail.class
        })
@interface OfficeWebSlice {

    /**
     * The platform's security configuration (who reaches what, the bearer token filter of {@code /api/**}) and the
     * problem details its advice classes write: package-private there, so found by name.
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
    class Platform {}
}
