package id.alur.workflow;

import id.alur.platform.ApiTokenVerifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The workflow module with only what it depends on ({@code @ApplicationModuleTest}): {@code sop}, {@code calendar} and
 * {@code platform} on their own embedded PostgreSQL, without the modules above it (no office, casework, letter, no
 * demo data). One context for every workflow integration test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(WorkflowModuleTest.OtherModules.class)
@interface WorkflowModuleTest {

    /**
     * What platform's security asks of the office module, which is not part of this test: no API token is known (the
     * workflow has no web layer of its own).
     */
    @TestConfiguration(proxyBeanMethods = false)
    class OtherModules {
        @Bean
        ApiTokenVerifier apiTokenVerifier() {
            return presented -> Optional.empty();
        }
    }
}
