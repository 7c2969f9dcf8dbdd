package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.workflow.WorkflowFixture.Office;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seed 003, Dinsos Prov. Kalimantan Utara (WITA): a 24-hour calendar step, two approve-or-return decisions, a Plh standing in.
 * Cases start on Monday 1 February 2027 at 08:00 office time (no holiday until Imlek on Saturday 6 February) and act
 * after known working minutes, so every SLA figure is exact. Through the public API on PostgreSQL.
 */
@WorkflowModuleTest
@RecordApplicationEvents
class KaltaraJourneyIntegrationTests {

    SeedJourneys seed;

    Office office;
    final Acting admin = as("pengadministrasi-umum");
    final Acting kadis = as("kepala-dinas");
    final Acting kabid = as("kabid-linjamsos");
    final Acting subkoor = as("subkoor-jaminan-sosial");
    final Acting plhKadis = Acting.standIn(
            "sekretaris", "Drs. Sekretaris Dinas", "kepala-dinas", DelegationKind.PLH, "kadis", "Dhed Daniel Li");

    @BeforeEach
    void office(ApplicationContext beans) {
        seed = SeedJourneys.of(beans, "dinsos-kaltara");
        office = seed.office;
    }

    Journey toRecommendation() {
        var journey = seed.start(admin);
        journey.after(10).complete(admin);
        journey.after(10).complete(kadis);
        journey.after(10).complete(kabid);
        return journey;
    }

    @Test
    void runsTheStraightPathInWitaWithATwentyFourHourCalendarStep() {
        assertThat(office.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        var journey = toRecommendation();
        // "24 Jam" counts calendar time: Monday 08:30 WITA + 24 h.
        assertThat(journey.step().dueAt()).isEqualTo(office.at("2027-02-02T08:30"));
        journey.at("2027-02-02T08:00").complete(subkoor);
        journey.after(20).decide(kabid, Verdict.YA, null);
        journey.after(25).decide(plhKadis, Verdict.YA, null);
        journey.after(10).complete(kabid);
        journey.after(10).complete(subkoor, "011/REK/II/2027");

        assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
        assertThat(journey.stepTrail())
                .containsExactly(
                        "1 pengadministrasi-umum",
                        "2 kepala-dinas",
                        "3 kabid-linjamsos",
                        "4 subkoor-jaminan-sosial",
                        "5 kabid-linjamsos",
                        "6 kepala-dinas",
                        "7 kabid-linjamsos",
                        "8 subkoor-jaminan-sosial");
        // Monday 08:30 to Tuesday 08:00 WITA in working time: 3.5 h + 3 h + 0.5 h.
        assertThat(journey.slaTrail())
                .containsExactly(
                        "10m true",
                        "10m true",
                        "10m true",
                        "420m true",
                        "20m true",
                        "25m true",
                        "10m true",
                        "10m true");
        var plh = journey.timeline().entries().stream()
                .filter(e -> e.action() == HistoryAction.DECIDED_YA && e.activityNumber() == 6)
                .findFirst()
                .orElseThrow();
        assertThat(plh.actorUsername()).isEqualTo("sekretaris");
        assertThat(plh.onBehalfOfUsername()).isEqualTo("kadis");
        assertThat(plh.delegationKind()).isEqualTo(DelegationKind.PLH);
        assertThat(plh.actorLabel()).isEqualTo("Drs. Sekretaris Dinas, Plh. untuk Dhed Daniel Li");
        assertThat(seed.workflow.history(journey.id, Locale.ENGLISH).entries().stream()
                        .filter(e -> e.sequence() == plh.sequence())
                        .findFirst()
                        .orElseThrow()
                        .actorLabel())
                .isEqualTo("Drs. Sekretaris Dinas, Plh. for Dhed Daniel Li");
    }

    @Test
    void sendsARefusedRecommendationBackToTheSubCoordinator() {
        var journey = toRecommendation();
        journey.after(60).complete(subkoor);
        journey.after(20).decide(kabid, Verdict.TIDAK, "Data pasien kurang");
        assertThat(journey.step().activityNumber()).isEqualTo(4);
        journey.after(60).complete(subkoor);
        journey.after(20).decide(kabid, Verdict.YA, null);
        journey.after(20).decide(kadis, Verdict.YA, null);
        journey.after(10).complete(kabid);
        journey.after(10).complete(subkoor);

        assertThat(journey.stepTrail())
                .extracting(s -> s.split(" ")[0])
                .containsExactly("1", "2", "3", "4", "5", "4", "5", "6", "7", "8");
        assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
    }

    @Test
    void sendsARefusedApprovalBackToTheDivisionHead() {
        var journey = toRecommendation();
        journey.after(60).complete(subkoor);
        journey.after(20).decide(kabid, Verdict.YA, null);
        journey.after(20).decide(kadis, Verdict.TIDAK, "Perbaiki dasar hukum");
        assertThat(journey.step().positionCode()).isEqualTo("kabid-linjamsos");
        assertThat(journey.step().activityNumber()).isEqualTo(5);
        journey.after(20).decide(kabid, Verdict.YA, null);
        journey.after(20).decide(kadis, Verdict.YA, null);
        journey.after(10).complete(kabid);
        journey.after(10).complete(subkoor);

        assertThat(journey.stepTrail())
                .extracting(s -> s.split(" ")[0])
                .containsExactly("1", "2", "3", "4", "5", "6", "5", "6", "7", "8");
    }
}
