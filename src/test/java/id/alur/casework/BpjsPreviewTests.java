package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.casework.BpjsPreview.Match;
import id.alur.casework.BpjsRepository.BatchCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each row of a BPJS answer is matched against its batch before anything is applied. */
class BpjsPreviewTests {

    static final String SITI = "3317015708850002";
    static final String DEWI = "3317014508900003";
    static final String RINA = "3317016203920004";
    static final String STRANGER = "3317011107800005";

    static final BpjsRepository.Batch BATCH = new BpjsRepository.Batch(
            1, "kantor", 7, "bpjs", BpjsFormat.CSV, "NIK=NIK", null, "petugas", Instant.EPOCH, 3, 3, 2, 0, 0, 0);

    static final BpjsRepository.Answer ANSWER = new BpjsRepository.Answer(
            1, 1, "jawaban.csv", new byte[0], "0".repeat(64), "petugas", Instant.EPOCH, null, null);

    /** Siti and Dewi wait at step 100 and 200; Rina's row was answered by an earlier file. */
    static final List<BpjsBatches.BatchRow> ROWS =
            List.of(row(1, SITI, 100, true), row(2, DEWI, 200, true), row(3, RINA, 300, false));

    /** Where each case stands now: Dewi's has left the step it was sent for. */
    static final Map<String, Long> STEPS = Map.of(SITI, 100L, DEWI, 201L, RINA, 301L);

    static BpjsBatches.BatchRow row(int position, String nik, long step, boolean open) {
        var applicant = new ApplicantView(
                nik,
                "Nama " + position,
                LocalDate.of(1985, 8, 17),
                Sex.FEMALE,
                "Jl. Pemuda",
                "33.17.01.2002",
                "Sumber",
                "081234567890",
                "3317011203150007",
                null,
                false);
        var view = new PermohonanView(
                new PermohonanId(position),
                "ALR-2026-00000" + position,
                "kantor",
                "kis",
                applicant,
                List.of(),
                List.of(),
                (long) position,
                PermohonanStatus.OPEN,
                Instant.EPOCH,
                "KIS",
                false,
                "petugas",
                List.of(),
                List.of(),
                Optional.empty());
        return new BpjsBatches.BatchRow(
                new BatchCase(
                        view.id(), step, 0, position, nik, open, open ? null : "AKTIF", open ? null : "0001", null),
                view,
                BpjsPerson.applicant(applicant, null));
    }

    /** The household member {@code person} of the row's permohonan, proposed in the same batch and still open. */
    static BpjsBatches.BatchRow member(BpjsBatches.BatchRow of, int person, int position, String nik, String name) {
        var c = of.batchCase();
        return new BpjsBatches.BatchRow(
                new BatchCase(c.permohonan(), c.stepId(), person, position, nik, true, null, null, null),
                of.permohonan(),
                BpjsPerson.member(
                        person, new HouseholdMemberView(nik, name, Relationship.ANAK), null, LocalDate.of(2026, 1, 5)));
    }

    static BpjsAnswerFile.Row answer(int number, String nik, String kis, String status, String reason) {
        return new BpjsAnswerFile.Row(number, nik, false, kis, status, reason, List.of(nik, kis, status, reason));
    }

    static BpjsPreview preview(BpjsAnswerFile.Row... rows) {
        var read = new BpjsAnswerFile.Read(List.of("NIK", "NO_KIS", "STATUS", "KETERANGAN"), List.of(rows), List.of());
        return BpjsPreview.of(
                BATCH,
                ANSWER,
                BpjsLayout.standard(),
                read,
                ROWS,
                v -> STEPS.get(v.applicant().nik()));
    }

    @Test
    void matchesARowWhoseNikWaitsAtTheStepItWasSentFor() {
        var preview = preview(answer(2, SITI, "0001234567890", "Aktif", ""));

        assertThat(preview.lines())
                .extracting(BpjsPreview.Line::match, BpjsPreview.Line::messageKey)
                .containsExactly(tuple(Match.MATCHED, "casework.bpjs.answer.willRecord"));
        assertThat(preview.matched().getFirst().active()).isTrue();
        // Dewi's case is not in the answer: it keeps waiting
        assertThat(preview.unanswered()).extracting(r -> r.batchCase().nik()).containsExactly(DEWI);
    }

    @Test
    void aRefusalWithItsReasonMatchesToBeWrittenAsANote() {
        var preview = preview(answer(2, SITI, "", "DITOLAK", "Sudah terdaftar PBI daerah"));

        assertThat(preview.matched()).singleElement().satisfies(l -> {
            assertThat(l.active()).isFalse();
            assertThat(l.messageKey()).isEqualTo("casework.bpjs.answer.willNote");
        });
    }

    @Test
    void namesTheColumnOfEveryRowThatCannotBeApplied() {
        var preview = preview(
                answer(2, STRANGER, "0001", "aktif", ""),
                answer(3, "33170157", "0001", "aktif", ""),
                answer(4, SITI, "", "aktif", ""),
                answer(5, RINA, "0001", "aktif", ""),
                answer(6, DEWI, "0002", "aktif", ""));

        assertThat(preview.lines())
                .extracting(
                        BpjsPreview.Line::row,
                        BpjsPreview.Line::match,
                        BpjsPreview.Line::column,
                        BpjsPreview.Line::messageKey)
                .containsExactly(
                        tuple(2, Match.UNMATCHED, "NIK", "casework.bpjs.answer.notInBatch"),
                        tuple(3, Match.UNMATCHED, "NIK", "casework.bpjs.answer.nikInvalid"),
                        tuple(4, Match.CONFLICTING, "NO_KIS", "casework.bpjs.answer.kisRequired"),
                        tuple(5, Match.ALREADY_ANSWERED, null, "casework.bpjs.answer.answeredBefore"),
                        tuple(6, Match.ALREADY_ANSWERED, null, "casework.bpjs.answer.movedOn"));
        assertThat(preview.matched()).isEmpty();
    }

    @Test
    void refusesAnUnknownStatusAndARefusalWithoutReason() {
        var preview = preview(answer(2, SITI, "0001", "proses", ""), answer(3, SITI, "", "ditolak", ""));

        assertThat(preview.lines())
                .extracting(BpjsPreview.Line::match, BpjsPreview.Line::column, BpjsPreview.Line::messageKey)
                .containsExactly(
                        tuple(Match.CONFLICTING, "STATUS", "casework.bpjs.answer.unknownStatus"),
                        tuple(Match.CONFLICTING, "KETERANGAN", "casework.bpjs.answer.reasonRequired"));
    }

    @Test
    void aNikAnsweredDifferentlyInTwoRowsAppliesNeither() {
        var preview = preview(answer(2, SITI, "0001", "aktif", ""), answer(3, SITI, "", "ditolak", "Ganda"));

        assertThat(preview.lines())
                .extracting(BpjsPreview.Line::row, BpjsPreview.Line::match, BpjsPreview.Line::arguments)
                .containsExactly(tuple(2, Match.CONFLICTING, List.of(3)), tuple(3, Match.CONFLICTING, List.of(2)));
    }

    @Test
    void aRowRepeatedWordForWordIsAppliedOnce() {
        var preview = preview(answer(2, SITI, "0001", "aktif", ""), answer(3, SITI, "0001", "AKTIF", ""));

        assertThat(preview.lines())
                .extracting(BpjsPreview.Line::row, BpjsPreview.Line::match)
                .containsExactly(tuple(2, Match.MATCHED), tuple(3, Match.ALREADY_ANSWERED));
    }

    @Test
    void aRowClosedOnTheCasePageOrByStoppingTheCaseIsAlreadyAnsweredSayingHow() {
        var recorded = closed(row(1, SITI, 100, false), BpjsRowClosing.RECORDED, "0009876543210", null);
        var stopped = closed(row(2, DEWI, 200, false), BpjsRowClosing.STOPPED, null, "Pindah domisili");
        var read = new BpjsAnswerFile.Read(
                List.of("NIK", "NO_KIS", "STATUS", "KETERANGAN"),
                List.of(answer(2, SITI, "0001", "aktif", ""), answer(3, DEWI, "0002", "aktif", "")),
                List.of());

        var preview = BpjsPreview.of(
                BATCH,
                ANSWER,
                BpjsLayout.standard(),
                read,
                List.of(recorded, stopped),
                v -> STEPS.get(v.applicant().nik()));

        assertThat(preview.lines())
                .extracting(BpjsPreview.Line::match, BpjsPreview.Line::messageKey, BpjsPreview.Line::arguments)
                .containsExactly(
                        tuple(Match.ALREADY_ANSWERED, "casework.bpjs.answer.recordedOnCase", List.of("0009876543210")),
                        tuple(Match.ALREADY_ANSWERED, "casework.bpjs.answer.caseStopped", List.of()));
        assertThat(preview.matched()).isEmpty();
    }

    @Test
    void theBatchPageSaysHowEachRowWasClosed() {
        assertThat(List.of(
                        row(1, SITI, 100, true).batchCase(),
                        row(2, DEWI, 200, false).batchCase(),
                        closed(row(3, RINA, 300, false), "DITOLAK", null, "PBI daerah")
                                .batchCase(),
                        closed(row(4, SITI, 400, false), BpjsRowClosing.RECORDED, "0009", null)
                                .batchCase(),
                        closed(row(5, SITI, 500, false), BpjsRowClosing.RECORDED, null, null)
                                .batchCase(),
                        closed(row(6, SITI, 600, false), BpjsRowClosing.STOPPED, null, "Pindah")
                                .batchCase(),
                        closed(row(7, SITI, 700, false), BpjsRowClosing.STOPPED, null, null)
                                .batchCase()))
                .extracting(BatchCase::shownKey, BatchCase::shownArgument)
                .containsExactly(
                        tuple("casework.bpjs.case.open", null),
                        tuple("casework.bpjs.case.active", "0001"),
                        tuple("casework.bpjs.case.refused", "PBI daerah"),
                        tuple("casework.bpjs.case.recorded", "0009"),
                        tuple("casework.bpjs.case.recordedNoReference", null),
                        tuple("casework.bpjs.case.stopped", "Pindah"),
                        tuple("casework.bpjs.case.stoppedNoReason", null));
    }

    /** The row closed with {@code answer}, its KIS number or reference and its reason. */
    static BpjsBatches.BatchRow closed(BpjsBatches.BatchRow row, String answer, String kis, String reason) {
        var c = row.batchCase();
        return new BpjsBatches.BatchRow(
                new BatchCase(
                        c.permohonan(), c.stepId(), c.person(), c.position(), c.nik(), false, answer, kis, reason),
                row.permohonan(),
                row.person());
    }

    static final String BUDI = "3317011203150006";

    @Test
    void aPersonAnsweredBeforeTheRestOfTheHouseholdKeepsTheCaseWaitingNamingWhoIsOpen() {
        var siti = row(1, SITI, 100, true);
        var rows = List.of(siti, member(siti, 1, 2, BUDI, "Budi Santoso"));
        var read = new BpjsAnswerFile.Read(
                List.of("NIK", "NO_KIS", "STATUS", "KETERANGAN"),
                List.of(answer(2, SITI, "0001", "aktif", "")),
                List.of());

        var preview = BpjsPreview.of(BATCH, ANSWER, BpjsLayout.standard(), read, rows, v -> 100L);

        assertThat(preview.matched()).singleElement().satisfies(l -> {
            assertThat(l.messageKey()).isEqualTo("casework.bpjs.answer.willWait");
            assertThat(l.arguments()).containsExactly("ALR-2026-000001", "Budi Santoso");
        });
        assertThat(preview.unanswered()).extracting(r -> r.person().name()).containsExactly("Budi Santoso");
        // the whole household answered: the case moves on
        var both = new BpjsAnswerFile.Read(
                read.header(),
                List.of(answer(2, SITI, "0001", "aktif", ""), answer(3, BUDI, "0002", "aktif", "")),
                List.of());
        assertThat(BpjsPreview.of(BATCH, ANSWER, BpjsLayout.standard(), both, rows, v -> 100L)
                        .matched())
                .extracting(BpjsPreview.Line::messageKey)
                .containsExactly("casework.bpjs.answer.willRecord", "casework.bpjs.answer.willRecord");
    }

    @Test
    void aNikProposedInTwoCasesOfTheBatchIsAnsweredForEach() {
        var siti = row(1, SITI, 100, true);
        var dewi = row(2, DEWI, 200, true);
        var rows = List.of(siti, member(siti, 1, 2, BUDI, "Budi"), dewi, member(dewi, 2, 4, BUDI, "Budi"));
        var read = new BpjsAnswerFile.Read(
                List.of("NIK", "NO_KIS", "STATUS", "KETERANGAN"),
                List.of(answer(2, BUDI, "0003", "aktif", "")),
                List.of());

        var preview = BpjsPreview.of(
                BATCH, ANSWER, BpjsLayout.standard(), read, rows, v -> v.id().value() == 1 ? 100L : 200L);

        assertThat(preview.matched())
                .singleElement()
                .satisfies(l -> assertThat(l.targets())
                        .extracting(
                                t -> t.permohonan().id().value(),
                                t -> t.batchCase().person())
                        .containsExactly(tuple(1L, 1), tuple(2L, 2)));
    }
}
