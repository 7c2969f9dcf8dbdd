package id.alur.casework;

import id.alur.casework.BpjsRepository.Answer;
import id.alur.casework.BpjsRepository.Batch;
import id.alur.office.CurrentOfficer;
import id.alur.platform.AlurException;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NotFoundException;
import id.alur.workflow.CaseId;
import id.alur.workflow.OutsideResult;
import id.alur.workflow.StepId;
import id.alur.workflow.StepView;
import id.alur.workflow.WorkflowService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer of BPJS Kesehatan to an usulan batch (issue 16 item 3): uploaded and kept whole, previewed row by row
 * ({@link BpjsPreview}), then applied in one transaction. Each matched row answers a person of the batch (the applicant
 * or a household member proposed); once every person a case proposed has an answer and one of them got a KIS, the
 * outside party's result is recorded on the case's step (the KIS numbers as its reference, the rows as its evidence
 * scan, filed at that step) and the case moves on; a {@code ditolak} answer is written on the permohonan as a note, and
 * a case whose persons were all refused stays at the step for the office to decide (the SOPs give the outside party's
 * step no refusal branch). Any row that cannot be applied
 * refuses the whole answer, naming its row: nothing is half-applied.
 */
@Service
class BpjsAnswers {

    /** An answer file of a few thousand rows is well under this. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final BpjsRepository repository;
    private final BpjsBatches batches;
    private final PermohonanService permohonan;
    private final PermohonanRepository documents;
    private final WorkflowService workflow;
    private final Services services;
    private final AuditTrail audit;

    BpjsAnswers(
            BpjsRepository repository,
            BpjsBatches batches,
            PermohonanService permohonan,
            PermohonanRepository documents,
            WorkflowService workflow,
            Services services,
            AuditTrail audit) {
        this.repository = repository;
        this.batches = batches;
        this.permohonan = permohonan;
        this.documents = documents;
        this.workflow = workflow;
        this.services = services;
        this.audit = audit;
    }

    /**
     * Keeps an answer file for the batch once it reads as a table with the layout's columns.
     *
     * @throws InvalidInputException the file is empty, too large, not UTF-8, not an XLSX, a zip bomb, or lacks a column
     *     (each problem with its row and column); nothing is kept then
     */
    @Transactional
    long upload(CurrentOfficer officer, long batchId, String fileName, byte[] content, Instant now) {
        var batch = batches.batch(officer, batchId);
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "casework.bpjs.answer.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        var read = BpjsAnswerFile.read(fileName, content, batches.layout(batch.officeCode()));
        if (read.refused()) {
            throw new InvalidInputException(read.problems());
        }
        return repository.insertAnswer(
                batch.id(), cleanName(fileName), content, sha256(content), officer.username(), now);
    }

    @Transactional(readOnly = true)
    List<Answer> answers(Batch batch) {
        return repository.answers(batch.id());
    }

    /** The answer file matched against the batch as it stands now. */
    @Transactional(readOnly = true)
    BpjsPreview preview(CurrentOfficer officer, long batchId, long answerId) {
        var batch = batches.batch(officer, batchId);
        var answer = repository
                .answerFile(answerId)
                .filter(a -> a.batchId() == batch.id())
                .orElseThrow(() ->
                        new NotFoundException("No answer " + answerId, "casework.bpjs.answer.notFound", answerId));
        var layout = batches.layout(batch.officeCode());
        var read = BpjsAnswerFile.read(answer.fileName(), answer.content(), layout);
        return BpjsPreview.of(batch, answer, layout, read, batches.rows(batch), this::currentStep);
    }

    private long currentStep(PermohonanView view) {
        return view.workflowCaseId() == null
                ? -1
                : workflow.caseView(new CaseId(view.workflowCaseId()))
                        .currentStep()
                        .map(StepView::id)
                        .map(StepId::value)
                        .orElse(-1L);
    }

    /**
     * Applies the matched rows in one transaction; unmatched, conflicting and already answered rows are left as they
     * are (the preview's report lists them).
     *
     * @throws InvalidInputException no row matches, the answer was applied already, or a row cannot be applied (its row
     *     named); nothing is written then
     */
    @Transactional
    BpjsPreview apply(CurrentOfficer officer, long batchId, long answerId, Instant now) {
        var preview = preview(officer, batchId, answerId);
        if (preview.answer().appliedAt() != null || !repository.markApplied(answerId, officer.username(), now)) {
            throw new InvalidInputException("answer", "casework.bpjs.answer.alreadyApplied");
        }
        var matched = preview.matched();
        if (matched.isEmpty()) {
            throw new InvalidInputException("answer", "casework.bpjs.answer.nothingMatched");
        }
        // every matched person's row closes first: recording a case's result tells BpjsRowClosing, which would close
        // the case's open rows as typed in by hand
        var byCase = new LinkedHashMap<PermohonanId, List<Answered>>();
        for (var row : matched) {
            for (var target : row.targets()) {
                guarded(row, target.permohonan(), () -> close(preview.batch(), row, target, now));
                byCase.computeIfAbsent(target.permohonan().id(), id -> new ArrayList<>())
                        .add(new Answered(row, target));
            }
        }
        for (var answered : byCase.values()) {
            var first = answered.getFirst();
            guarded(first.line(), first.target().permohonan(), () -> settle(officer, preview, answered, now));
        }
        audit.record(AuditEvent.of("bpjs-answer.applied")
                .about("bpjs-batch", preview.batch().id())
                .inOffice(preview.batch().officeCode())
                .detail("usulan " + preview.batch().number() + ", "
                        + preview.answer().fileName() + " (sha256 "
                        + preview.answer().sha256() + "), " + matched.size() + " rows applied"));
        return preview;
    }

    /** A matched line of the answer and one batch row (a person of a case) it answers. */
    private record Answered(BpjsPreview.Line line, BpjsBatches.BatchRow target) {}

    /** Runs a step of the application, turning what refuses it into a problem naming the answer's row. */
    private static void guarded(BpjsPreview.Line row, PermohonanView view, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            throw e;
        } catch (AlurException e) {
            throw new InvalidInputException(
                    List.of(InputProblem.ofRow(row.row(), null, e.messageKey(), e.arguments())));
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(
                    List.of(InputProblem.ofRow(row.row(), null, "casework.bpjs.answer.notYourDesk")));
        } catch (DataAccessException e) {
            // the transaction is lost with it: every row written before is rolled back, and the officer is told
            // which row stopped the answer
            throw new InvalidInputException(List.of(
                    InputProblem.ofRow(row.row(), null, "casework.bpjs.answer.rowFailed", view.trackingNumber())));
        }
    }

    private void close(Batch batch, BpjsPreview.Line row, BpjsBatches.BatchRow target, Instant now) {
        if (!repository.answer(
                batch.id(),
                target.permohonan().id(),
                target.batchCase().person(),
                row.active() ? "AKTIF" : "DITOLAK",
                row.active() ? row.kis() : null,
                row.reason().isBlank() ? null : row.reason(),
                now)) {
            throw new InvalidInputException(
                    List.of(InputProblem.ofRow(row.row(), null, "casework.bpjs.answer.answeredMeanwhile")));
        }
    }

    /**
     * What the file's answers make of one case, once its persons' rows are closed. Each refusal is a note on the
     * permohonan. The rows of this file with a KIS are filed at the step as its evidence (a CSV of the header and
     * those rows). When every person the case proposed is answered and one got a KIS, the outside party's result is
     * recorded (the KIS numbers, the applicant's first, as the reference) and the case moves on; all refused, it stays
     * at the step for the office to decide; persons still unanswered, it keeps waiting for them.
     */
    private void settle(CurrentOfficer officer, BpjsPreview preview, List<Answered> answered, Instant now) {
        var batch = preview.batch();
        var view = answered.getFirst().target().permohonan();
        var sop = services.sop(
                workflow.caseView(new CaseId(view.workflowCaseId())).sopVersionId());
        // the outside party's own user answers in its lane, the front desk on its behalf (BpjsDesk#answering)
        var acting = ActingOfficer.in(officer, batch.lane())
                .or(() -> ActingOfficer.in(officer, Services.frontDeskLane(sop)))
                .orElseThrow(() -> new AccessDeniedException("Neither BPJS nor the front desk of " + view.sopCode()));
        for (var a : answered) {
            if (!a.line().active()) {
                var person = a.target().person();
                permohonan.addNote(
                        view.id(),
                        view.officeCode(),
                        "BPJS Kesehatan, usulan " + batch.number() + " baris "
                                + a.line().row()
                                + (person.applicant() ? "" : " (" + person.name() + ")") + ": "
                                + a.line().status()
                                + " — " + a.line().reason(),
                        acting,
                        now);
            }
        }
        var caseRows = repository.caseRows(batch.id(), view.id());
        boolean complete = caseRows.stream().noneMatch(BpjsRepository.BatchCase::open);
        var kisNumbers = caseRows.stream()
                .filter(c -> "AKTIF".equals(c.answer()))
                .map(BpjsRepository.BatchCase::kisNumber)
                .toList();
        var activeLines = answered.stream()
                .map(Answered::line)
                .filter(BpjsPreview.Line::active)
                .distinct()
                .toList();
        boolean result = complete && !kisNumbers.isEmpty();
        if (activeLines.isEmpty() && !result) {
            return;
        }
        var evidenceLines = activeLines.isEmpty()
                ? answered.stream().map(Answered::line).distinct().toList()
                : activeLines;
        byte[] evidence = BpjsBatchFile.write(
                BpjsFormat.CSV,
                preview.header(),
                evidenceLines.stream().map(BpjsPreview.Line::cells).toList());
        var step = workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        var document = documents.insertDocument(
                view.id(),
                view.officeCode(),
                "jawaban-bpjs-usulan-" + batch.number() + "-baris-"
                        + String.join(
                                "-",
                                evidenceLines.stream()
                                        .map(l -> String.valueOf(l.row()))
                                        .toList()) + ".csv",
                DocumentContent.Checked.written(DocumentContent.Kind.CSV, evidence),
                evidence,
                step.activityNumber(),
                now,
                officer.username());
        if (result) {
            workflow.recordOutsideResult(
                    step.id(),
                    new OutsideResult(String.join(", ", kisNumbers), officer.today(), document.ref()),
                    acting,
                    now);
        }
    }

    /** The name as the officer's computer gave it, without a path, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip();
        name = name.isEmpty() ? "jawaban" : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
