package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.InputProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeCheckTests {

    static final List<String> REQUIREMENTS = List.of("Fotocopy KK", "Fotocopy KTP", "SKTM");

    static Intake.Applicant applicant() {
        return new Intake.Applicant(
                "3317015708850002",
                "Siti Aminah",
                LocalDate.of(1985, 8, 17),
                Sex.FEMALE,
                "3317011203150007",
                "Jl. Pemuda 12 RT 01 RW 02",
                "33.17.01.2002",
                "0812-3456-7890");
    }

    static List<Intake.ChecklistEntry> allPresent() {
        return List.of(
                new Intake.ChecklistEntry(0, true, new Intake.Upload("kk.pdf", SampleScans.pdf("KK"))),
                new Intake.ChecklistEntry(1, true, new Intake.Upload("ktp.png", SampleScans.png())),
                new Intake.ChecklistEntry(2, true, null));
    }

    static IntakeCheck.Context context(IncompletePapersRule rule) {
        return new IntakeCheck.Context(
                REQUIREMENTS, rule, Optional.empty(), RegionCodes.official(), 5L << 20, LocalDate.of(2026, 1, 5));
    }

    static Intake intake(Intake.Applicant applicant, List<Intake.ChecklistEntry> checklist, Set<String> acks) {
        return new Intake(
                "dinsosppkb-rembang",
                "kis-surat-pengantar",
                applicant,
                List.of(new Intake.HouseholdMember("3317010101100003", "Budi", Relationship.ANAK)),
                checklist,
                acks);
    }

    @Test
    void acceptsACompleteIntake() {
        var result = IntakeCheck.check(
                intake(applicant(), allPresent(), Set.of()), context(IncompletePapersRule.OFFICER_DECIDES));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.accepted()).isTrue();
        assertThat(result.scans()).containsOnlyKeys(0, 1);
        assertThat(result.phone()).isEqualTo("081234567890");
        assertThat(result.village().name()).isEqualTo("Logede");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        var bad = new Intake.Applicant(
                "33170157088500", "", LocalDate.of(1985, 8, 17), Sex.FEMALE, "12", " ", "99.99", "12");

        var result = IntakeCheck.check(intake(bad, allPresent(), Set.of()), context(IncompletePapersRule.REFUSE));

        assertThat(result.errors())
                .extracting(InputProblem::field)
                .containsExactly(
                        "applicant.nik",
                        "applicant.name",
                        "applicant.familyCardNumber",
                        "applicant.address",
                        "applicant.villageCode",
                        "applicant.phone");
    }

    @Test
    void acceptsNamesAsTheyAreWrittenOnTheKtpWithTitlesAccentsAndOtherScripts() {
        for (String name :
                List.of("Drs. H. Ma'ruf, S.H.", "Siti-Aminah", "Ni Luh Putu Ayu", "José Ramírez", "Ma’ruf")) {
            var result = IntakeCheck.check(
                    intake(applicantNamed(name), allPresent(), Set.of()), context(IncompletePapersRule.REFUSE));
            assertThat(result.errors()).as(name).isEmpty();
        }
    }

    @Test
    void refusesDigitsAndMarkupInANameNamingTheFieldAndTheCharacter() {
        assertThat(nameErrors("Budi2"))
                .containsExactly(InputProblem.ofField("applicant.name", "casework.name.character", "2"));
        assertThat(nameErrors("<b>Siti</b>"))
                .containsExactly(InputProblem.ofField("applicant.name", "casework.name.character", "<"));
        assertThat(nameErrors("Siti; drop table"))
                .containsExactly(InputProblem.ofField("applicant.name", "casework.name.character", ";"));
    }

    private static List<InputProblem> nameErrors(String name) {
        return IntakeCheck.check(
                        intake(applicantNamed(name), allPresent(), Set.of()), context(IncompletePapersRule.REFUSE))
                .errors();
    }

    private static Intake.Applicant applicantNamed(String name) {
        var a = applicant();
        return new Intake.Applicant(
                a.nik(), name, a.birthDate(), a.sex(), a.familyCardNumber(), a.address(), a.villageCode(), a.phone());
    }

    @Test
    void refusesANikWhoseSexDisagreesWithTheForm() {
        var man = new Intake.Applicant(
                "3317015708850002",
                "Siti",
                LocalDate.of(1985, 8, 17),
                Sex.MALE,
                "3317011203150007",
                "Jl. Pemuda",
                "33.17.01.2002",
                "081234567890");

        var result = IntakeCheck.check(intake(man, allPresent(), Set.of()), context(IncompletePapersRule.REFUSE));

        assertThat(result.errors())
                .containsExactly(InputProblem.ofField("applicant.nik", "casework.nik.sexMismatch", "MALE"));
    }

    @Test
    void refusesMissingPapersWhereTheSopSaysTheyAreNotProcessed() {
        var checklist = List.of(new Intake.ChecklistEntry(0, true, null));

        var result = IntakeCheck.check(intake(applicant(), checklist, Set.of()), context(IncompletePapersRule.REFUSE));

        assertThat(result.errors())
                .containsExactly(InputProblem.ofField("checklist", "casework.checklist.refused", "Fotocopy KTP; SKTM"));
        assertThat(result.missing()).containsExactly("Fotocopy KTP", "SKTM");
    }

    @Test
    void asksToConfirmMissingPapersWhereTheOfficerDecides() {
        var checklist = List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null));

        var first = IntakeCheck.check(
                intake(applicant(), checklist, Set.of()), context(IncompletePapersRule.OFFICER_DECIDES));
        var confirmed = IntakeCheck.check(
                intake(
                        applicant(),
                        checklist,
                        Set.of(first.unacknowledged().getFirst().token())),
                context(IncompletePapersRule.OFFICER_DECIDES));

        assertThat(first.errors()).isEmpty();
        assertThat(first.unacknowledged())
                .containsExactly(InputProblem.warning("checklist", "casework.checklist.incomplete", "SKTM"));
        assertThat(first.accepted()).isFalse();
        assertThat(confirmed.accepted()).isTrue();
    }

    @Test
    void warnsThatMissingPapersWillGoBackToTheApplicant() {
        var result = IntakeCheck.check(
                intake(applicant(), List.of(), Set.of()), context(IncompletePapersRule.RETURN_TO_APPLICANT));

        assertThat(result.errors()).isEmpty();
        assertThat(result.unacknowledged())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.checklist.willReturn");
    }

    @Test
    void asksToConfirmASecondOpenPermohonanForTheSameNik() {
        var ctx = new IntakeCheck.Context(
                REQUIREMENTS,
                IncompletePapersRule.OFFICER_DECIDES,
                Optional.of("ALR-2026-7K3M9Q"),
                RegionCodes.official(),
                5L << 20,
                LocalDate.of(2026, 1, 5));

        var result = IntakeCheck.check(intake(applicant(), allPresent(), Set.of()), ctx);

        assertThat(result.unacknowledged())
                .containsExactly(
                        InputProblem.warning("applicant.nik", "casework.intake.duplicateOpen", "ALR-2026-7K3M9Q"));
    }

    @Test
    void anAcknowledgementDoesNotCoverADifferentWarning() {
        var ctx = context(IncompletePapersRule.OFFICER_DECIDES);
        var checklist = List.of(new Intake.ChecklistEntry(0, true, null));
        String ackForSktmOnly = InputProblem.warning("checklist", "casework.checklist.incomplete", "SKTM")
                .token();

        var result = IntakeCheck.check(intake(applicant(), checklist, Set.of(ackForSktmOnly)), ctx);

        assertThat(result.accepted()).isFalse();
    }

    @Test
    void refusesAnExecutableScanNamingItsChecklistRow() {
        var checklist = List.of(
                new Intake.ChecklistEntry(0, true, new Intake.Upload("kk.pdf", SampleScans.executable())),
                new Intake.ChecklistEntry(1, true, null),
                new Intake.ChecklistEntry(2, true, null));

        var result = IntakeCheck.check(
                intake(applicant(), checklist, Set.of()), context(IncompletePapersRule.OFFICER_DECIDES));

        assertThat(result.errors())
                .containsExactly(InputProblem.ofField("checklist[0].scan", "casework.document.unsupportedType"));
    }

    @Test
    void refusesHouseholdMembersWithBadOrRepeatedNik() {
        var intake = new Intake(
                "o",
                "s",
                applicant(),
                List.of(
                        new Intake.HouseholdMember("3317010101100003", "Budi", Relationship.ANAK),
                        new Intake.HouseholdMember("3317010101100003", "Budi lagi", Relationship.ANAK),
                        new Intake.HouseholdMember("3317013102100003", "Ani", null)),
                allPresent(),
                Set.of());

        var result = IntakeCheck.check(intake, context(IncompletePapersRule.OFFICER_DECIDES));

        assertThat(result.errors())
                .extracting(InputProblem::field)
                .containsExactly(
                        "householdMembers[1].nik", "householdMembers[2].nik", "householdMembers[2].relationship");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        var a = applicant();
        var future = new Intake.Applicant(
                a.nik(),
                a.name(),
                LocalDate.of(2027, 1, 1),
                a.sex(),
                a.familyCardNumber(),
                a.address(),
                a.villageCode(),
                a.phone());

        var result = IntakeCheck.check(intake(future, allPresent(), Set.of()), context(IncompletePapersRule.REFUSE));

        assertThat(result.errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.birthDate.impossible");
    }
}
