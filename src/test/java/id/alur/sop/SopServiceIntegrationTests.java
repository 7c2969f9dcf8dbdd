package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.platform.InputProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@Import(SopServiceIntegrationTests.Published.class)
class SopServiceIntegrationTests {

    @Autowired
    SopService sops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Published published;

    /** Collects the published events, as a module listening for them would. */
    @TestConfiguration
    static class Published {
        final List<SopVersionPublished> events = new ArrayList<>();

        @EventListener
        void on(SopVersionPublished event) {
            events.add(event);
        }
    }

    static String office() {
        return "uji-" + UUID.randomUUID();
    }

    static String kaltara() {
        return SopFormat.seedSource("dinsos-kaltara");
    }

    @Test
    void migrationCreatesTheVersionTableWithItsGuard() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '2.0' and success")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pg_trigger where tgname = 'sop_version_guard'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void storesADraftAsVersionOneWithItsSourceText() {
        String office = office();
        SopVersionView draft = sops.createDraft(office, "003.sop.yaml", kaltara());
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.code()).isEqualTo("kis-rekomendasi-berobat");
        assertThat(draft.status()).isEqualTo(SopStatus.DRAFT);
        assertThat(draft.effectiveOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(draft.publishedAt()).isNull();
        assertThat(draft.sourceText()).isEqualTo(kaltara()).contains("# inferred:");
        assertThat(draft.sop()).isEqualTo(SopFormat.seed("dinsos-kaltara"));
        assertThat(sops.get(draft.id())).isEqualTo(draft);
        assertThat(sops.versions(office)).containsExactly(draft);
    }

    @Test
    void publishesADraftAndAnnouncesIt() {
        String office = office();
        SopVersionView draft = sops.createDraft(office, "003.sop.yaml", kaltara());
        SopVersionView version = sops.publish(draft.id());
        assertThat(version.status()).isEqualTo(SopStatus.PUBLISHED);
        assertThat(version.publishedAt()).isNotNull();
        assertThat(published.events)
                .contains(new SopVersionPublished(draft.id(), office, "kis-rekomendasi-berobat", 1));
        assertThat(sops.inForce(office, "kis-rekomendasi-berobat", LocalDate.of(2025, 2, 1)))
                .contains(version);
        assertThat(sops.inForce(office, "kis-rekomendasi-berobat", LocalDate.of(2025, 1, 31)))
                .isEmpty();
    }

    @Test
    void refusesToChangeAPublishedVersionInTheServiceAndInTheDatabase() {
        String office = office();
        SopVersionId id = sops.publish(
                        sops.createDraft(office, "003.sop.yaml", kaltara()).id())
                .id();

        assertThatThrownBy(() -> sops.publish(id))
                .isInstanceOfSatisfying(SopStatusChangeNotAllowedException.class, e -> {
                    assertThat(e.from()).isEqualTo(SopStatus.PUBLISHED);
                    assertThat(e.to()).isEqualTo(SopStatus.PUBLISHED);
                    // A 409 with the fresh state, since when, and the statuses named in the reader's language.
                    assertThat(e.current()).isEqualTo(sops.get(id));
                    assertThat(e.changedAt()).isEqualTo(sops.get(id).publishedAt());
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.of("id")))
                            .isEqualTo("Versi SOP " + id.value() + " berstatus Terbit dan tidak dapat diubah menjadi"
                                    + " Terbit.");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH))
                            .doesNotContain("{");
                });
        assertThatThrownBy(() -> jdbc.sql("update sop_version set source_text = 'kode: lain' where id = :id")
                        .param("id", id.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("update sop_version set effective_on = date '2030-01-01' where id = :id")
                        .param("id", id.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update sop_version set status = 'DRAFT', published_at = null where id = :id")
                        .param("id", id.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from sop_version where id = :id")
                        .param("id", id.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("cannot be deleted");
        assertThat(sops.get(id).sourceText()).isEqualTo(kaltara());
        assertThat(sops.get(id).status()).isEqualTo(SopStatus.PUBLISHED);
    }

    @Test
    void aRevisionIsANewVersionAndTheEffectiveDateDecidesWhichIsInForce() {
        String office = office();
        SopVersionView first =
                sops.publish(sops.createDraft(office, "003.sop.yaml", kaltara()).id());
        String revised = kaltara()
                .replace("tanggal_revisi:\n", "tanggal_revisi: 2025-06-02\n")
                .replace("tanggal_efektif: 01 Februari 2025", "tanggal_efektif: 2025-07-01")
                .replace("waktu: 30 Menit", "waktu: 20 Menit");
        SopVersionView draft = sops.createDraft(office, "003.sop.yaml", revised);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(sops.inForce(office, first.code(), LocalDate.of(2025, 7, 1))).contains(first);
        SopVersionView second = sops.publish(draft.id());
        assertThat(sops.get(first.id()).status()).isEqualTo(SopStatus.PUBLISHED);
        assertThat(sops.inForce(office, first.code(), LocalDate.of(2025, 6, 30)))
                .contains(sops.get(first.id()));
        assertThat(sops.inForce(office, first.code(), LocalDate.of(2025, 7, 1))).contains(second);
        assertThat(SopTotals.asWritten(second.sop())).isEqualTo("25 Jam 55 Menit");
        assertThat(sops.versions(office)).extracting(SopVersionView::version).containsExactly(1, 2);
    }

    @Test
    void aRetiredVersionIsNoLongerInForce() {
        String office = office();
        SopVersionView version =
                sops.publish(sops.createDraft(office, "003.sop.yaml", kaltara()).id());
        assertThatThrownBy(() -> sops.retire(
                        sops.createDraft(office, "003.sop.yaml", kaltara()).id()))
                .isInstanceOf(SopStatusChangeNotAllowedException.class);
        SopVersionView retired = sops.retire(version.id());
        assertThat(retired.status()).isEqualTo(SopStatus.RETIRED);
        assertThat(retired.publishedAt()).isEqualTo(version.publishedAt());
        assertThat(sops.inForce(office, version.code(), LocalDate.of(2026, 1, 1)))
                .isEmpty();
        assertThatThrownBy(() -> sops.publish(version.id())).isInstanceOf(SopStatusChangeNotAllowedException.class);
    }

    @Test
    void parsesAPublishedVersionOnceAndADraftOnEveryReadWhileReadingTheStatusFresh() {
        String office = office();
        SopVersionView draft = sops.createDraft(office, "003.sop.yaml", kaltara());
        assertThat(sops.get(draft.id()).sop()).isNotSameAs(sops.get(draft.id()).sop());

        SopVersionView published = sops.publish(draft.id());
        Sop parsed = sops.get(published.id()).sop();
        assertThat(sops.get(published.id()).sop()).isSameAs(parsed);
        assertThat(sops.versions(office).getFirst().sop()).isSameAs(parsed);

        SopVersionView retired = sops.retire(published.id());
        assertThat(retired.status()).isEqualTo(SopStatus.RETIRED);
        assertThat(retired.sop()).isSameAs(parsed);
    }

    @Test
    void anSopWithoutAnEffectiveDateComesIntoForceOnThePublishingDay() {
        String office = office();
        SopVersionView draft = sops.createDraft(office, "004.sop.yaml", SopFormat.seedSource("dinkes-belitung"));
        assertThat(draft.effectiveOn()).isNull();
        SopVersionView version = sops.publish(draft.id());
        LocalDate today = LocalDate.ofInstant(version.publishedAt(), SopService.PUBLISHING_ZONE);
        assertThat(version.effectiveOn()).isEqualTo(today);
        assertThat(sops.inForce(office, "jkn-kis-pendaftaran-baru", today)).contains(version);
    }

    @Test
    void refusesAnInvalidFileAndStoresNothing() {
        String office = office();
        byte[] bad = SopValidatorTests.fixture("SopValidatorTests.reportsEveryProblemAtOnce.sop.yaml");
        assertThatThrownBy(() -> sops.createDraft(office, "bad.sop.yaml", new String(bad, StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidSopException.class, e -> {
                    assertThat(e.sopProblems())
                            .allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.sop.yaml"))
                            .hasSizeGreaterThanOrEqualTo(7);
                    // The same problems as bad input: each on its line, named by the path of its value.
                    assertThat(e.problems())
                            .extracting(InputProblem::row, InputProblem::messageKey)
                            .containsExactlyElementsOf(e.sopProblems().stream()
                                    .map(p -> tuple(p.line(), "sop.problem." + p.code()))
                                    .toList());
                    assertThat(e.problems())
                            .anySatisfy(p -> assertThat(p.field()).isEqualTo("kegiatan[1].pelaksana"));
                });
        assertThat(sops.versions(office)).isEmpty();
    }

    @Test
    void reportsAMissingVersion() {
        assertThatThrownBy(() -> sops.get(new SopVersionId(Long.MAX_VALUE)))
                .isInstanceOf(SopVersionNotFoundException.class);
        assertThatThrownBy(() -> sops.publish(new SopVersionId(Long.MAX_VALUE)))
                .isInstanceOf(SopVersionNotFoundException.class);
    }
}
