package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.registry.Eligibility;
import id.alur.registry.ImportMode;
import id.alur.registry.RegistryColumns;
import id.alur.registry.RegistryEdition;
import id.alur.registry.RegistryService;
import id.alur.sop.SopFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The registry at the front desk (issue 16 items 2 and 3), on the whole application and PostgreSQL: seed 000's office
 * imports a DTSEN extract through the registry, and its front desk takes permohonan in.
 */
@SpringBootTest
class DeskRegistryIntegrationTests {

    static final String REMBANG = PermohonanServiceIntegrationTests.REMBANG;
    static final String KIS = SopFormat.seed(REMBANG).code();
    /** Seed 000's Kelengkapan, last paper: "melampirkan screenshoot DTKS dari desa". */
    static final int DTKS_PAPER = 4;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    DeskRegistry desk;

    @Autowired
    RegistryService registry;

    @Autowired
    AuditTrail audit;

    @Autowired
    id.alur.platform.PersonPseudonyms persons;

    /** The office's rule and setting are shared by the context's other tests: back to none. */
    @AfterEach
    void noRuleAgain() {
        registry.setEligibilityRule(REMBANG, KIS, null, "admin");
        registry.setCheckStandsForPaper(REMBANG, false, "admin");
        registry.setPaperStoodFor(REMBANG, KIS, dtksPaper(), "admin");
    }

    static String dtksPaper() {
        return Services.checklist(SopFormat.seed(REMBANG)).get(DTKS_PAPER);
    }

    RegistryEdition imported(String... rows) {
        var csv = new StringBuilder("NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n");
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        return registry.importCsv(
                        REMBANG,
                        "dtsen-rembang.csv",
                        RegistryColumns.dtsenDefaults(),
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        ImportMode.ALL_OR_NOTHING,
                        "rembang.admin")
                .edition();
    }

    static String row(String nik, String name, int desil) {
        return nik + ",3317011203150007," + name + "," + desil + ",33.17.01,AKTIF";
    }

    static Intake intake(Intake.Applicant applicant, String memberNik, List<Intake.ChecklistEntry> papers) {
        return new Intake(
                REMBANG,
                KIS,
                applicant,
                List.of(new Intake.HouseholdMember(memberNik, "Budi", Relationship.ANAK)),
                papers,
                Set.of());
    }

    static List<Intake.ChecklistEntry> allPapersBut(int missing) {
        return Applicants.allPapers(PermohonanServiceIntegrationTests.requirements(REMBANG)).stream()
                .filter(entry -> entry.position() != missing)
                .toList();
    }

    @Test
    void recordsTheLookUpOfEachNikOnThePermohonanWithWhoWhenAndWhichEdition() {
        var applicant = Applicants.woman("Siti Registri");
        String member = Applicants.nik(Applicants.someBirthDate(), Sex.MALE);
        var edition = imported(row(applicant.nik(), "Siti Registri", 3));
        // PostgreSQL keeps microseconds
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        var view = permohonan.submit(
                intake(
                        applicant,
                        member,
                        Applicants.allPapers(PermohonanServiceIntegrationTests.requirements(REMBANG))),
                PermohonanServiceIntegrationTests.rembangFrontDesk(),
                at);

        var findings = desk.recorded(view.id(), REMBANG, KIS);
        assertThat(findings).extracting(RegistryFinding::position).containsExactly(0, 1);
        var siti = findings.get(0);
        assertThat(siti.nik()).isEqualTo(applicant.nik());
        assertThat(siti.found()).isTrue();
        assertThat(siti.desil()).isEqualTo(3);
        assertThat(siti.editionId()).isEqualTo(edition.id());
        assertThat(siti.editionSource()).isEqualTo("dtsen-rembang.csv");
        assertThat(siti.editionImportedAt()).isEqualTo(edition.importedAt());
        assertThat(siti.checkedBy()).isEqualTo("rembang.petugas-pelayanan");
        assertThat(siti.checkedAt()).isEqualTo(at);
        var budi = findings.get(1);
        assertThat(budi.nik()).isEqualTo(member);
        assertThat(budi.found()).isFalse();
        assertThat(budi.desil()).isNull();
        assertThat(budi.eligibility()).isEqualTo(Eligibility.NOT_FOUND);
        // the registry records each look-up once, with the intake's commit, about the person by pseudonym (never the
        // NIK)
        assertThat(lookUpsOf(applicant.nik())).containsExactly("found in edition " + edition.id());
        assertThat(lookUpsOf(member)).containsExactly("not found in edition " + edition.id());
    }

    List<String> lookUpsOf(String nik) {
        return audit.about("person", Set.of(persons.of(nik).id())).stream()
                .filter(r -> r.action().equals("registry.nik-looked-up"))
                .map(AuditRecord::detail)
                .toList();
    }

    @Test
    void aRefusedSubmitLeavesItsLookUpsOnRecordAndNothingElse() {
        var applicant = Applicants.woman("Sari Ditolak");
        var edition = imported(row(applicant.nik(), "Sari Ditolak", 3));
        String member = Applicants.nik(Applicants.someBirthDate(), Sex.MALE);
        var nameless = new Intake(
                REMBANG,
                KIS,
                applicant,
                List.of(new Intake.HouseholdMember(member, " ", Relationship.ANAK)),
                Applicants.allPapers(PermohonanServiceIntegrationTests.requirements(REMBANG)),
                Set.of());

        assertThatThrownBy(() -> permohonan.submit(
                        nameless, PermohonanServiceIntegrationTests.rembangFrontDesk(), Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidIntakeException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .contains("householdMembers[0].name"));

        // decisions.md (registry): the registry was read for the refused intake; its look-ups are recorded after the
        // rollback, nothing of the permohonan stays
        assertThat(lookUpsOf(applicant.nik())).containsExactly("found in edition " + edition.id());
        assertThat(lookUpsOf(member)).containsExactly("not found in edition " + edition.id());
        assertThat(permohonan.withPerson(applicant.nik())).isEmpty();
    }

    @Test
    void theConfirmationStepShowsTheAnswersTheRefusedSubmitLookedUp() {
        var applicant = Applicants.woman("Lina Konfirmasi");
        var edition = imported(row(applicant.nik(), "Lina Konfirmasi", 6));
        registry.setEligibilityRule(REMBANG, KIS, 5, "rembang.admin");

        String member = Applicants.nik(Applicants.someBirthDate(), Sex.MALE);
        assertThatThrownBy(() -> permohonan.submit(
                        intake(applicant, member, allPapersBut(DTKS_PAPER)),
                        PermohonanServiceIntegrationTests.rembangFrontDesk(),
                        Instant.now()))
                .isInstanceOfSatisfying(IntakeNeedsConfirmationException.class, e -> {
                    assertThat(e.findings())
                            .extracting(RegistryFinding::position)
                            .containsExactly(0, 1);
                    assertThat(e.findings().getFirst().desil()).isEqualTo(6);
                    assertThat(e.findings().getFirst().eligibility()).isEqualTo(Eligibility.NOT_MET);
                    assertThat(e.findings().get(1).eligibility()).isEqualTo(Eligibility.NOT_FOUND);
                });
        assertThat(lookUpsOf(applicant.nik())).containsExactly("found in edition " + edition.id());
        assertThat(lookUpsOf(member)).containsExactly("not found in edition " + edition.id());
    }

    @Test
    void theServiceRuleOfTheOfficeJudgesTheRecordedDesil() {
        var applicant = Applicants.woman("Rina Desil");
        imported(row(applicant.nik(), "Rina Desil", 4));
        var view = permohonan.submit(
                intake(
                        applicant,
                        Applicants.nik(Applicants.someBirthDate(), Sex.MALE),
                        Applicants.allPapers(PermohonanServiceIntegrationTests.requirements(REMBANG))),
                PermohonanServiceIntegrationTests.rembangFrontDesk(),
                Instant.now());

        assertThat(desk.recorded(view.id(), REMBANG, KIS).getFirst().eligibility())
                .isEqualTo(Eligibility.NO_RULE);
        registry.setEligibilityRule(REMBANG, KIS, 5, "rembang.admin");
        assertThat(desk.recorded(view.id(), REMBANG, KIS).getFirst().eligibility())
                .isEqualTo(Eligibility.MEETS);
        registry.setEligibilityRule(REMBANG, KIS, 3, "rembang.admin");
        assertThat(desk.recorded(view.id(), REMBANG, KIS).getFirst().eligibility())
                .isEqualTo(Eligibility.NOT_MET);
    }

    @Test
    void aDesilRuleOutsideOneToTenIsRefused() {
        assertThatThrownBy(() -> registry.setEligibilityRule(REMBANG, KIS, 11, "rembang.admin"))
                .isInstanceOfSatisfying(
                        id.alur.platform.InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .containsExactly("maxDesil[" + KIS + "]"));
        assertThat(registry.maxDesil(REMBANG, KIS)).isEmpty();
    }

    @Test
    void theRecordedCheckStandsForTheDtksPaperWhenTheOfficeLetsItAndTheApplicantIsFound() {
        registry.setCheckStandsForPaper(REMBANG, true, "rembang.admin");
        var applicant = Applicants.woman("Wati Kertas");
        imported(row(applicant.nik(), "Wati Kertas", 2));

        var view = permohonan.submit(
                intake(applicant, Applicants.nik(Applicants.someBirthDate(), Sex.MALE), allPapersBut(DTKS_PAPER)),
                PermohonanServiceIntegrationTests.rembangFrontDesk(),
                Instant.now());

        assertThat(view.incomplete()).isFalse();
        assertThat(view.checklist().get(DTKS_PAPER).requirement()).contains("DTKS");
        assertThat(view.checklist().get(DTKS_PAPER).present()).isTrue();
        assertThat(view.checklist().get(DTKS_PAPER).satisfiedByRegistry()).isTrue();
        assertThat(IntStream.range(0, DTKS_PAPER).mapToObj(i -> view.checklist().get(i)))
                .noneMatch(ChecklistItemView::satisfiedByRegistry);
    }

    @Test
    void theRecordedCheckStandsForThePaperTheAdminChoseForTheServiceAndForNoneWhenNoneIsChosen() {
        registry.setCheckStandsForPaper(REMBANG, true, "rembang.admin");
        int kk = 1;
        registry.setPaperStoodFor(
                REMBANG, KIS, Services.checklist(SopFormat.seed(REMBANG)).get(kk), "rembang.admin");
        var applicant = Applicants.woman("Dewi Pilihan");
        imported(row(applicant.nik(), "Dewi Pilihan", 2));

        var view = permohonan.submit(
                intake(applicant, Applicants.nik(Applicants.someBirthDate(), Sex.MALE), allPapersBut(kk)),
                PermohonanServiceIntegrationTests.rembangFrontDesk(),
                Instant.now());

        assertThat(view.incomplete()).isFalse();
        assertThat(view.checklist().get(kk).satisfiedByRegistry()).isTrue();
        assertThat(view.checklist().get(DTKS_PAPER).satisfiedByRegistry()).isFalse();

        registry.setPaperStoodFor(REMBANG, KIS, null, "rembang.admin");
        var another = Applicants.woman("Dewi Tanpa");
        imported(row(another.nik(), "Dewi Tanpa", 2));
        assertThatThrownBy(() -> permohonan.submit(
                        intake(another, Applicants.nik(Applicants.someBirthDate(), Sex.MALE), allPapersBut(DTKS_PAPER)),
                        PermohonanServiceIntegrationTests.rembangFrontDesk(),
                        Instant.now()))
                .isInstanceOf(IntakeNeedsConfirmationException.class);
    }

    @Test
    void anApplicantNotFoundLeavesTheDtksPaperMissing() {
        registry.setCheckStandsForPaper(REMBANG, true, "rembang.admin");
        imported(row(Applicants.nik(Applicants.someBirthDate(), Sex.FEMALE), "Orang Lain", 2));
        var applicant = Applicants.woman("Tidak Terdaftar");

        assertThatThrownBy(() -> permohonan.submit(
                        intake(
                                applicant,
                                Applicants.nik(Applicants.someBirthDate(), Sex.MALE),
                                allPapersBut(DTKS_PAPER)),
                        PermohonanServiceIntegrationTests.rembangFrontDesk(),
                        Instant.now()))
                .isInstanceOfSatisfying(
                        IntakeNeedsConfirmationException.class,
                        e -> assertThat(e.warnings())
                                .extracting(InputProblem::field)
                                .contains("checklist"));
    }

    @Test
    void withoutTheSettingTheDtksPaperIsTheOfficersToSee() {
        var applicant = Applicants.woman("Yuni Tanpa");
        imported(row(applicant.nik(), "Yuni Tanpa", 2));

        assertThatThrownBy(() -> permohonan.submit(
                        intake(
                                applicant,
                                Applicants.nik(Applicants.someBirthDate(), Sex.MALE),
                                allPapersBut(DTKS_PAPER)),
                        PermohonanServiceIntegrationTests.rembangFrontDesk(),
                        Instant.now()))
                .isInstanceOf(IntakeNeedsConfirmationException.class);
    }
}
