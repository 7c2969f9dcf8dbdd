package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.ApiTokenVerifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The sop module started on its own, with platform and nothing else (Spring Modulith's module test): its versions on
 * PostgreSQL and the event that announces a publication, with no other module there to listen.
 */
@ApplicationModuleTest
class SopModuleIntegrationTests {

    /** The platform's API security asks office for tokens; office is not started here, so no token is known. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithoutOffice {
        @Bean
        ApiTokenVerifier noTokens() {
            return presented -> Optional.empty();
        }
    }

    @Autowired
    SopService sops;

    @Autowired
    ApplicationContext context;

    @Test
    void publishesAVersionAndAnnouncesIt(Scenario scenario) {
        String office = "uji-modul-" + UUID.randomUUID();
        SopVersionView draft =
                sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));

        scenario.stimulate(() -> sops.publish(draft.id()))
                .andWaitForEventOfType(SopVersionPublished.class)
                .matching(event -> event.id().equals(draft.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.officeCode()).isEqualTo(office);
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(sops.get(draft.id()).status()).isEqualTo(SopStatus.PUBLISHED);
                });
    }

    @Test
    void startsWithoutAnyOtherModule() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                        .map(name -> context.getType(name))
                        .filter(type -> type != null && type.getPackageName().startsWith("id.alur."))
                        .map(type -> type.getPackageName().split("\\.")[2])
                        .distinct())
                .containsExactlyInAnyOrder("sop", "platform");
    }
}
