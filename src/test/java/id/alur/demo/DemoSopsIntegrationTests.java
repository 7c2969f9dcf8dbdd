package id.alur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.ReadinessItem;
import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoSopsIntegrationTests {

    @Autowired
    SopService sops;

    @Autowired
    DemoSops demo;

    @Test
    void publishesTheSeedSopOfEachSeedOfficeOnStart() {
        for (String office : SopFormat.seedOfficeCodes()) {
            String code = SopFormat.seed(office).code();
            assertThat(sops.versions(office))
                    .filteredOn(v -> v.code().equals(code))
                    .extracting(SopVersionView::status)
                    .containsExactly(SopStatus.PUBLISHED);
            assertThat(sops.inForce(office, code, LocalDate.now().plusDays(1))).isPresent();
        }
    }

    @Test
    void theSeedOfficesAreReadyToRunTheirSeedsSoTheyPublishedThroughTheChecks() {
        for (String office : SopFormat.seedOfficeCodes()) {
            String code = SopFormat.seed(office).code();
            SopVersionView version = sops.versions(office).stream()
                    .filter(v -> v.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            assertThat(sops.readiness(version.id())).as(office).noneMatch(ReadinessItem::blocks);
        }
    }

    @Test
    void installsNothingTwice() {
        assertThat(demo.install()).isZero();
        // Published only: other tests of the shared context write drafts in the demo offices (the SOP editor's).
        assertThat(sops.versions("dinsos-kaltara").stream().filter(v -> v.status() == SopStatus.PUBLISHED))
                .hasSize(1);
    }
}
