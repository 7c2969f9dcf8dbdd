package id.alur.platform;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * A module's rows of the authorization matrix ({@link AuthorizationMatrixIntegrationTests}): every page and API
 * route it serves, and what each kind of user gets there. A module adds its routes with a class of its own in its
 * test package (no need to touch the matrix test):
 *
 * <pre>{@code
 * class CaseworkAccessRoutes implements AccessRoutes {
 *     public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
 *         // create a permohonan in fixture.office() and return its id for the {permohonan} placeholder
 *         return Map.of("permohonan", ...);
 *     }
 *     public List<AccessRule> rules() {
 *         return List.of(
 *                 //                                         ANONYMOUS  ADMIN  OFFICE_ADMIN  ..._OTHER  OFFICER  OFFICER_OTHER  OUTSIDE_PARTY
 *                 AccessRule.get("/permohonan/{permohonan}").expect(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, ALLOWED, NOT_FOUND, FORBIDDEN));
 *     }
 * }
 * }</pre>
 */
public interface AccessRoutes {

    /**
     * Creates what the routes need (committed, in the fixture's offices) and returns values for the rules'
     * {@code {placeholders}} beyond the fixture's own ({@code {office}}, {@code {otherOffice}}, {@code {officer}}).
     */
    default Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        return Map.of();
    }

    List<AccessRule> rules();
}
