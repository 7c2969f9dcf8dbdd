package id.alur.casework;

import id.alur.casework.BpjsBatches.BatchRow;
import id.alur.casework.BpjsRepository.Answer;
import id.alur.casework.BpjsRepository.Batch;
import id.alur.platform.NikStructure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * An answer file matched against its batch, row by row, before anything is applied: each row is <em>matched</em> (its
 * NIK is a person of the batch, the applicant or a household member proposed, whose case still waits at the step it
 * was sent for, and the row says {@code aktif} with a KIS
 * number or {@code ditolak} with a reason), <em>unmatched</em> (no such NIK in the batch, or no NIK at all),
 * <em>conflicting</em> (an unknown status, {@code aktif} without a KIS number, {@code ditolak} without a reason, or the
 * same NIK answered differently in another row) or <em>already answered</em> (the batch's row was answered by an
 * earlier file, or the case has left the step meanwhile, e.g. recorded by hand on the case page). Each row not matched
 * names its column and why. A NIK proposed in two cases of the batch (a member of two households) is answered for each:
 * BPJS issues one KIS per person. A case moves on once every person it proposed has an answer (here or in an earlier
 * file); until then the answered persons' rows close and the case keeps waiting for the others ({@link #unanswered}).
 */
record BpjsPreview(Batch batch, Answer answer, List<String> header, List<Line> lines, List<BatchRow> unanswered) {

    enum Match {
        MATCHED,
        UNMATCHED,
        CONFLICTING,
        ALREADY_ANSWERED
    }

    /** The words of BPJS's status column that mean the KIS is issued, and those that mean it is refused. */
    static final Set<String> ACTIVE = Set.of("aktif", "diterima", "terdaftar");

    static final Set<String> REFUSED = Set.of("ditolak", "tolak", "tidak memenuhi syarat");

    /** The KIS number's column (V6_200); a card number is 13 digits. */
    static final int MAX_KIS = 100;

    /** One row of the answer file. {@code column} names the cell the message is about, {@code null} for the row. */
    record Line(
            int row,
            String nik,
            String kis,
            String status,
            String reason,
            List<String> cells,
            Match match,
            @Nullable String column,
            String messageKey,
            List<Object> arguments,
            List<BatchRow> targets) {

        public boolean active() {
            return ACTIVE.contains(status.toLowerCase(Locale.ROOT));
        }

        /** The permohonan of the row's first person in the batch, {@code null} when its NIK is not in the batch. */
        public @Nullable PermohonanView permohonan() {
            return targets.isEmpty() ? null : targets.getFirst().permohonan();
        }
    }

    public List<Line> matched() {
        return lines.stream().filter(l -> l.match() == Match.MATCHED).toList();
    }

    long count(Match match) {
        return lines.stream().filter(l -> l.match() == match).count();
    }

    /** The rows of each {@link Match}, by its name, for the page. */
    public java.util.Map<String, Long> counts() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        for (var match : Match.values()) {
            counts.put(match.name(), count(match));
        }
        return counts;
    }

    /** The rows not matched, for the downloadable report. */
    public List<Line> problems() {
        return lines.stream().filter(l -> l.match() != Match.MATCHED).toList();
    }

    static BpjsPreview of(
            Batch batch,
            Answer answer,
            BpjsLayout layout,
            BpjsAnswerFile.Read read,
            List<BatchRow> rows,
            ToLongFunction<PermohonanView> currentStep) {
        Map<String, List<BatchRow>> byNik = new HashMap<>();
        rows.forEach(r -> byNik.computeIfAbsent(r.batchCase().nik(), n -> new ArrayList<>())
                .add(r));
        Map<String, BpjsAnswerFile.Row> firstByNik = new HashMap<>();
        var lines = new ArrayList<Line>();
        var answeredNiks = new HashSet<String>();
        for (var row : read.rows()) {
            firstByNik.putIfAbsent(row.nik(), row);
            var first = firstByNik.get(row.nik());
            lines.add(line(row, first, byNik.getOrDefault(row.nik(), List.of()), layout, currentStep));
            answeredNiks.add(row.nik());
        }
        // a NIK answered differently in two rows: neither can be applied
        var contradicted = new HashSet<String>();
        for (var row : read.rows()) {
            var first = firstByNik.get(row.nik());
            if (first != row && !same(first, row)) {
                contradicted.add(row.nik());
            }
        }
        var settled = new ArrayList<Line>();
        for (var line : lines) {
            if (contradicted.contains(line.nik()) && line.match() == Match.MATCHED) {
                var first = firstByNik.get(line.nik());
                int other = first.number() == line.row()
                        ? read.rows().stream()
                                .filter(r -> r.nik().equals(line.nik()) && r.number() != line.row())
                                .findFirst()
                                .orElseThrow()
                                .number()
                        : first.number();
                settled.add(
                        with(line, Match.CONFLICTING, layout.answerNik(), "casework.bpjs.answer.contradicts", other));
            } else {
                settled.add(line);
            }
        }
        var unanswered = rows.stream()
                .filter(r -> r.batchCase().open()
                        && !answeredNiks.contains(r.batchCase().nik()))
                .toList();
        return new BpjsPreview(batch, answer, read.header(), outcomes(settled, rows), unanswered);
    }

    /**
     * Says of each matched row what becomes of its case: it moves on when every person it proposed is answered after
     * this file and one of them got a KIS; it stays at the step when all were refused; it keeps waiting for the
     * persons not answered yet, named.
     */
    private static List<Line> outcomes(List<Line> lines, List<BatchRow> rows) {
        var answered = new HashMap<BpjsRepository.BatchCase, Boolean>();
        for (var line : lines) {
            if (line.match() == Match.MATCHED) {
                line.targets().forEach(t -> answered.merge(t.batchCase(), line.active(), Boolean::logicalOr));
            }
        }
        var result = new ArrayList<Line>();
        for (var line : lines) {
            if (line.match() != Match.MATCHED) {
                result.add(line);
                continue;
            }
            var view = line.targets().getFirst().permohonan();
            var ofCase = rows.stream()
                    .filter(r -> r.permohonan().id().equals(view.id()))
                    .toList();
            var waiting = ofCase.stream()
                    .filter(r -> r.batchCase().open() && !answered.containsKey(r.batchCase()))
                    .map(r -> r.person().name())
                    .toList();
            boolean anyActive = ofCase.stream()
                    .anyMatch(r ->
                            "AKTIF".equals(r.batchCase().answer()) || Boolean.TRUE.equals(answered.get(r.batchCase())));
            if (!waiting.isEmpty()) {
                result.add(with(
                        line,
                        Match.MATCHED,
                        null,
                        "casework.bpjs.answer.willWait",
                        view.trackingNumber(),
                        String.join(", ", waiting)));
            } else if (anyActive) {
                result.add(with(
                        line,
                        Match.MATCHED,
                        null,
                        line.active() ? "casework.bpjs.answer.willRecord" : "casework.bpjs.answer.willNoteMovesOn",
                        view.trackingNumber()));
            } else {
                result.add(line);
            }
        }
        return result;
    }

    private static Line line(
            BpjsAnswerFile.Row row,
            BpjsAnswerFile.Row first,
            List<BatchRow> batchRows,
            BpjsLayout layout,
            ToLongFunction<PermohonanView> currentStep) {
        String nikColumn = layout.answerNik();
        var line = new Line(
                row.number(),
                row.nik(),
                row.kis(),
                row.status(),
                row.reason(),
                row.cells(),
                Match.MATCHED,
                null,
                "",
                List.of(),
                List.of());
        if (row.nikAsNumber()) {
            return with(line, Match.UNMATCHED, nikColumn, "casework.bpjs.answer.nikNumber", row.nik());
        }
        if (row.nik().isEmpty() || NikStructure.flaw(row.nik()).isPresent()) {
            return with(line, Match.UNMATCHED, nikColumn, "casework.bpjs.answer.nikInvalid", row.nik());
        }
        if (batchRows.isEmpty()) {
            return with(line, Match.UNMATCHED, nikColumn, "casework.bpjs.answer.notInBatch", row.nik());
        }
        String status = row.status().toLowerCase(Locale.ROOT);
        if (first != row && same(first, row)) {
            return with(line, Match.ALREADY_ANSWERED, null, "casework.bpjs.answer.sameAsRow", first.number());
        }
        if (!ACTIVE.contains(status) && !REFUSED.contains(status)) {
            return with(
                    line, Match.CONFLICTING, layout.answerStatus(), "casework.bpjs.answer.unknownStatus", row.status());
        }
        if (ACTIVE.contains(status) && row.kis().isEmpty()) {
            return with(line, Match.CONFLICTING, layout.answerKis(), "casework.bpjs.answer.kisRequired");
        }
        if (row.kis().length() > MAX_KIS) {
            return with(line, Match.CONFLICTING, layout.answerKis(), "casework.bpjs.answer.kisTooLong", MAX_KIS);
        }
        if (REFUSED.contains(status) && row.reason().isEmpty()) {
            return with(line, Match.CONFLICTING, layout.answerReason(), "casework.bpjs.answer.reasonRequired");
        }
        var waiting = batchRows.stream()
                .filter(r -> r.batchCase().open()
                        && currentStep.applyAsLong(r.permohonan())
                                == r.batchCase().stepId())
                .toList();
        if (!waiting.isEmpty()) {
            return withTargets(
                    with(
                            line,
                            Match.MATCHED,
                            null,
                            ACTIVE.contains(status)
                                    ? "casework.bpjs.answer.willRecord"
                                    : "casework.bpjs.answer.willNote",
                            waiting.getFirst().permohonan().trackingNumber()),
                    waiting);
        }
        // no person of that NIK is waiting any more: why, by the first of them
        var batchRow = batchRows.getFirst();
        var batchCase = batchRow.batchCase();
        if (BpjsRowClosing.RECORDED.equals(batchCase.answer())) {
            return with(
                    line,
                    Match.ALREADY_ANSWERED,
                    null,
                    "casework.bpjs.answer.recordedOnCase",
                    batchCase.kisNumber() == null ? "" : batchCase.kisNumber());
        }
        if (BpjsRowClosing.STOPPED.equals(batchCase.answer())) {
            return with(line, Match.ALREADY_ANSWERED, null, "casework.bpjs.answer.caseStopped");
        }
        if (!batchCase.open()) {
            return with(
                    line,
                    Match.ALREADY_ANSWERED,
                    null,
                    "casework.bpjs.answer.answeredBefore",
                    batchCase.answer(),
                    batchCase.kisNumber() == null ? "" : batchCase.kisNumber());
        }
        return with(line, Match.ALREADY_ANSWERED, null, "casework.bpjs.answer.movedOn");
    }

    private static boolean same(BpjsAnswerFile.Row a, BpjsAnswerFile.Row b) {
        return a.status().equalsIgnoreCase(b.status())
                && a.kis().equals(b.kis())
                && a.reason().equals(b.reason());
    }

    private static Line with(Line line, Match match, @Nullable String column, String key, Object... arguments) {
        return new Line(
                line.row(),
                line.nik(),
                line.kis(),
                line.status(),
                line.reason(),
                line.cells(),
                match,
                column,
                key,
                List.of(arguments),
                line.targets());
    }

    private static Line withTargets(Line line, List<BatchRow> targets) {
        return new Line(
                line.row(),
                line.nik(),
                line.kis(),
                line.status(),
                line.reason(),
                line.cells(),
                line.match(),
                line.column(),
                line.messageKey(),
                line.arguments(),
                List.copyOf(targets));
    }
}
