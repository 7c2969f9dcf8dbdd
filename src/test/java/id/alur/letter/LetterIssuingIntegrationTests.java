package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.alur.calendar.WorkingCalendar;
import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.Relationship;
import id.alur.casework.Sex;
import id.alur.office.OfficeDetails;
import id.alur.office.OfficeKind;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.office.PositionDetails;
import id.alur.office.UserProfile;
import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.DelegationKind;
import id.alur.workflow.StepCompleted;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seed 003 end to end through the real modules: the intake issues the Tanda Terima; a draft returned at step 5 burns
 * no number; the Kepala Dinas's stand-in approves at step 6 (the signature, "Plh."); step 8 numbers and issues the
 * Surat Rekomendasi; a re-delivered event issues nothing more.
 */
@SpringBootTest
@RecordApplicationEvents
class LetterIssuingIntegrationTests {

    static final AtomicInteger NIK_SERIAL = new AtomicInteger(100 + new Random(20250817L).nextInt(5000));

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuing issuing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    String office;
    Acting clerk;
    Acting kadis;
    Acting plhKadis;
    Acting kabid;
    Acting subkoor;
    Instant now = Instant.now().minus(Duration.ofHours(1));

    @BeforeEach
    void kaltara() {
        office = OfficeTestData.unique("kaltara");
        ZoneId wita = ZoneId.of("Asia/Makassar");
        offices.createOffice(
                office,
                new OfficeDetails(
                        "Dinas Sosial Provinsi Uji", OfficeKind.PROVINCE_AGENCY, "Tanjung Selor", wita.getId()));
        calendar.setZone(office, wita);
        offices.createPosition(office, "kepala-dinas", new PositionDetails("Kepala Dinas Sosial", 1, false, false));
        offices.createPosition(
                office, "kabid-linjamsos", new PositionDetails("Kepala Bidang Linjamsos", 2, false, false));
        offices.createPosition(
                office,
                "subkoor-jaminan-sosial",
                new PositionDetails("Sub Koordinator Jaminan Sosial", 3, false, false));
        offices.createPosition(
                office, "pengadministrasi-umum", new PositionDetails("Pengadministrasi Umum", 4, true, false));
        clerk = user("pengadministrasi-umum", "Maria Ulfa", "199001012015032001", "Pengatur (II/c)");
        kadis = user("kepala-dinas", "Dhed Daniel Li, S.Hut., MM", "197208221997031008", "Pembina Utama Muda (IV/c)");
        kabid = user("kabid-linjamsos", "Suryani Hasan", "197501012000032002", "Pembina (IV/a)");
        subkoor = user("subkoor-jaminan-sosial", "Andi Saputra", "198001012005011003", "Penata Tk. I (III/d)");
        Acting sekretaris =
                user("kabid-linjamsos", "Drs. Hendra Gunawan", "196901011995031004", "Pembina Tk. I (IV/b)");
        plhKadis = Acting.standIn(
                sekretaris.username(),
                sekretaris.displayName(),
                "kepala-dinas",
                DelegationKind.PLH,
                kadis.username(),
                kadis.displayName());
        var draft = sops.createDraft(
                office, SopFormat.seedFileName("dinsos-kaltara"), SopFormat.seedSource("dinsos-kaltara"));
        letters.saveLetterhead(
                new LetterheadView(
                        office,
                        "Pemerintah Provinsi Kalimantan Utara",
                        "Dinas Sosial",
                        null,
                        null,
                        "Tanjung Selor",
                        false,
                        0),
                "test");
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        "kis-rekomendasi-berobat",
                        LetterKind.SURAT_REKOMENDASI_BEROBAT,
                        8,
                        6,
                        List.of(5),
                        "{seq:000}/DS/KU/{yyyy}",
                        null,
                        null,
                        "Rekomendasi Berobat",
                        null,
                        null,
                        0),
                "test");
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        "kis-rekomendasi-berobat",
                        LetterKind.TANDA_TERIMA,
                        1,
                        1,
                        List.of(),
                        "{seq:000}/TT/DS/{yyyy}",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0),
                "test");
        sops.publish(draft.id());
    }

    @Test
    void issuesTheRecommendationAtStep8SignedByTheStandInAndNeverBurnsANumberOnAReturn() {
        var submitted = permohonan.submit(intake("Siti Aminah Harahap"), clerk, next());
        var caseId = new CaseId(submitted.workflowCaseId());

        var receipt = awaitLetter(caseId.value(), LetterKind.TANDA_TERIMA);
        assertThat(receipt.number())
                .endsWith("/TT/DS/" + LocalDate.now(ZoneId.of("Asia/Makassar")).getYear());
        assertThat(receipt.signerName()).isEqualTo("Maria Ulfa");

        complete(caseId, kadis);
        complete(caseId, kabid);
        complete(caseId, subkoor);
        decide(caseId, kabid, Verdict.TIDAK, "Lengkapi data pasien");
        complete(caseId, subkoor);
        decide(caseId, kabid, Verdict.YA, null);
        decide(caseId, plhKadis, Verdict.YA, null);
        complete(caseId, kabid);
        assertThat(letters.forCase(caseId.value()))
                .extracting(LetterView::kind)
                .containsExactly(LetterKind.TANDA_TERIMA);
        assertThat(counter(LetterKind.SURAT_REKOMENDASI_BEROBAT)).isZero();

        complete(caseId, subkoor);
        var recommendation = awaitLetter(caseId.value(), LetterKind.SURAT_REKOMENDASI_BEROBAT);
        int year = recommendation.issuedOn().getYear();
        assertThat(recommendation.number()).isEqualTo("001/DS/KU/" + year);
        assertThat(recommendation.signerName()).isEqualTo("Drs. Hendra Gunawan");
        assertThat(recommendation.signerTitle()).isEqualTo("Plh. Kepala Dinas Sosial");
        assertThat(recommendation.applicantName()).isEqualTo("Siti Aminah Harahap");
        String text = text(letters.pdf(recommendation.id()));
        assertThat(text)
                .contains("001/DS/KU/" + year, "Siti Aminah Harahap", "Drs. Hendra Gunawan", "Plh. Kepala Dinas");
        assertThat(text).contains("NIP. 19690101 199503 1 004");
        assertThat(text(letters.officeCopy(recommendation.id()))).contains("Suryani Hasan");

        // A re-delivered step-8 event (restart, retry) finds the letter and burns no number.
        StepCompleted step8 = events.stream(StepCompleted.class)
                .filter(e -> e.caseId().equals(caseId) && e.activityNumber() == 8)
                .findFirst()
                .orElseThrow();
        issuing.on(step8);
        issuing.on(step8);
        assertThat(letters.forCase(caseId.value())).hasSize(2);
        assertThat(counter(LetterKind.SURAT_REKOMENDASI_BEROBAT)).isEqualTo(1);
    }

    LetterView awaitLetter(long caseId, LetterKind kind) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> letters.forCase(caseId).stream().anyMatch(l -> l.kind() == kind));
        return letters.forCase(caseId).stream()
                .filter(l -> l.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    void complete(CaseId caseId, Acting acting) {
        var step = workflow.caseView(caseId).currentStep().orElseThrow().id();
        workflow.claim(step, acting, next());
        workflow.complete(step, null, null, acting, next());
    }

    void decide(CaseId caseId, Acting acting, Verdict verdict, String note) {
        var step = workflow.caseView(caseId).currentStep().orElseThrow().id();
        workflow.claim(step, acting, next());
        workflow.decide(step, verdict, note, acting, next());
    }

    Instant next() {
        now = now.plusSeconds(60);
        return now;
    }

    Acting user(String position, String name, String nip, String pangkat) {
        String username = OfficeTestData.unique("u");
        offices.createUser(username, new UserProfile(name, nip, pangkat, null), OfficeTestData.PASSWORD);
        offices.addMembership(username, office, position);
        return Acting.self(username, name, position);
    }

    int counter(LetterKind kind) {
        return jdbc.sql("select coalesce(sum(last_value), 0) from letter_counter where office_code = ? and kind = ?")
                .params(office, kind.name())
                .query(Integer.class)
                .single();
    }

    Intake intake(String name) {
        LocalDate birth = LocalDate.of(1980, 8, 17);
        String nik = "331701%02d%02d%02d%04d".formatted(17 + 40, 8, 80, NIK_SERIAL.incrementAndGet() % 9998 + 1);
        var applicant = new Intake.Applicant(
                nik,
                name,
                birth,
                Sex.FEMALE,
                "3317011203150007",
                "Jl. Pemuda 12 RT 01 RW 02",
                "33.17.01.2002",
                "081234567890");
        int requirements = 1;
        return new Intake(
                office,
                "kis-rekomendasi-berobat",
                applicant,
                List.of(new Intake.HouseholdMember("3317011203050001", "Rahmat Hidayat", Relationship.ANAK)),
                IntStream.range(0, requirements)
                        .mapToObj(i -> new Intake.ChecklistEntry(i, true, null))
                        .toList(),
                Set.of());
    }

    static String text(byte[] pdf) {
        try {
            return LetterPdfTests.text(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
