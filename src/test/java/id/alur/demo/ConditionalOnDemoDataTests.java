package id.alur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** When the demo loaders run: the embedded database by default, an external server only when asked explicitly. */
class ConditionalOnDemoDataTests {

    private static final String EXTERNAL = "spring.datasource.url=jdbc:postgresql://db.example:5432/alur";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnDemoData
    static class DemoLoader {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(DemoLoader.class);

    @Test
    void loadsTheDemoDataOnTheEmbeddedDatabaseByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(DemoLoader.class));
    }

    @Test
    void leavesAnExternalServerWithoutDemoDataByDefault() {
        runner.withPropertyValues(EXTERNAL).run(context -> assertThat(context).doesNotHaveBean(DemoLoader.class));
    }

    @Test
    void loadsTheDemoDataOnAnExternalServerWhenEnabledExplicitly() {
        runner.withPropertyValues(EXTERNAL, "alur.demo.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(DemoLoader.class));
    }

    @Test
    void leavesTheEmbeddedDatabaseWithoutDemoDataWhenDisabled() {
        runner.withPropertyValues("alur.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoLoader.class));
    }

    @Test
    void takesABlankDatasourceUrlForTheEmbeddedDatabase() {
        runner.withPropertyValues("spring.datasource.url=")
                .run(context -> assertThat(context).hasSingleBean(DemoLoader.class));
    }
}
