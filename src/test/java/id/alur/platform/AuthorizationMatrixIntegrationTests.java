package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.alur.office.OfficeService;
import id.alur.platform.AccessRule.Outcome;
import id.alur.platform.AccessRule.Who;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API route × every kind of user × own / other office, as tables: the rows come from each module's
 * {@link AccessRoutes} classes (found on the test class path), so a module adds its routes without touching this
 * class. Each request runs in a transaction that is rolled back, so the rows do not change each other's data. A
 * route of {@code id.alur} that no row covers fails {@link #everyRouteHasARow()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static List<AccessRoutes> routeTables() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AccessRoutes.class));
        List<AccessRoutes> tables = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("id.alur")) {
            try {
                Constructor<?> constructor =
                        Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
                constructor.setAccessible(true);
                tables.add((AccessRoutes) constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + candidate.getBeanClassName(), e);
            }
        }
        return tables;
    }

    @TestFactory
    Stream<DynamicTest> answersEveryRouteAsTheTableSays() {
        AccessFixture fixture = AccessFixture.create(offices, userDetails);
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessRoutes table : routeTables()) {
            Map<String, String> values = new HashMap<>(table.prepare(fixture, context));
            values.put("office", fixture.office());
            values.put("otherOffice", fixture.otherOffice());
            values.put("officer", fixture.officer());
            for (AccessRule rule : table.rules()) {
                for (Who who : Who.values()) {
                    Outcome expected = rule.expected().get(who);
                    tests.add(DynamicTest.dynamicTest(
                            rule + " as " + who + " → " + expected,
                            () -> assertThat(outcome(rule, who, values, fixture))
                                    .as("%s as %s", rule, who)
                                    .isEqualTo(expected)));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private Object outcome(AccessRule rule, Who who, Map<String, String> values, AccessFixture fixture) {
        MockHttpServletResponse response = transaction.execute(status -> {
            status.setRollbackOnly();
            MockHttpServletRequestBuilder request = request(rule.method(), fill(rule.path(), values));
            rule.parameters().forEach((name, value) -> request.param(name, fill(value, values)));
            if (rule.api()) {
                if (who != Who.ANONYMOUS) {
                    request.header("Authorization", "Bearer " + fixture.tokens().get(who));
                }
            } else {
                request.with(csrf());
                if (who != Who.ANONYMOUS) {
                    request.with(user(fixture.users().get(who)));
                }
            }
            try {
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(rule + " as " + who + " failed", e);
            }
        });
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status >= 300 && status < 400 && location != null && location.matches(".*/login([?#].*)?")) {
            return Outcome.LOGIN;
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            default -> status < 500 ? Outcome.ALLOWED : "HTTP " + status;
        };
    }

    @Test
    void everyRouteHasARow() {
        Set<String> covered = new TreeSet<>();
        for (AccessRoutes table : routeTables()) {
            table.rules().forEach(rule -> covered.add(rule.method() + " " + normalize(rule.path())));
        }
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!isOurs(handler)) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + normalize(pattern));
                } else {
                    methods.forEach(method -> routes.add(method + " " + normalize(pattern)));
                }
            }
        });
        assertThat(routes).isNotEmpty();
        assertThat(covered)
                .as("rows of the AccessRoutes tables; add the missing routes to your module's table")
                .containsAll(routes);
    }

    private static boolean isOurs(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith("id.alur");
    }

    static String normalize(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (var entry : values.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        if (filled.matches(".*\\{[A-Za-z]+}.*")) {
            throw new IllegalStateException("No value for a placeholder of " + template);
        }
        return filled;
    }
}
