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
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer of BPJS Kesehatan to an usulan batch (issue 16 item 3): uploaded and kept whole, previewed row by row
 * ({@link BpjsPreview}), then applied in one transaction. Per matched row an {@code aktif} answer records the outside
 * party's result on the case's step (the KIS number as its reference, the row as its evidence scan, filed at that step)
 * and the case moves on; a {@code ditolak} answer is written on the permohonan as a note and the case stays at the step
 * for the office to decide (the SOPs give the outside party's step no refusal branch). Any row that cannot be applied
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
        for (var row : matched) {
            try {
                applyRow(officer, preview, row, now);
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
                throw new InvalidInputException(List.of(InputProblem.ofRow(
                        row.row(),
                        null,
                        "casework.bpjs.answer.rowFailed",
                        row.permohonan().trackingNumber())));
            }
        }
        audit.record(AuditEvent.of("bpjs-answer.applied")
                .about("bpjs-batch", preview.batch().id())
                .inOffice(preview.batch().officeCode())
                .detail("usulan " + preview.batch().number() + ", "
                        + preview.answer().fileName() + " (sha256 "
                        + preview.answer().sha256() + "), " + matched.size() + " rows applied"));
        return preview;
    }

    private void applyRow(CurrentOfficer officer, BpjsPreview preview, BpjsPreview.Line row, Instant now) {
        var batch = preview.batch();
        var view = row.permohonan();
        var sop = services.sop(
                workflow.caseView(new CaseId(view.workflowCaseId())).sopVersionId());
        // the outside party's own user answers in its lane, the front desk on its behalf (BpjsDesk#answering)
        var acting = ActingOfficer.in(officer, batch.lane())
                .or(() -> ActingOfficer.in(officer, Services.frontDeskLane(sop)))
                .orElseThrow(() -> new AccessDeniedException("Neither BPJS nor the front desk of " + view.sopCode()));
        // closed first: recording the result tells BpjsRowClosing, which would close it as typed in by hand
        if (!repository.answer(
                batch.id(),
                view.id(),
                row.active() ? "AKTIF" : "DITOLAK",
                row.active() ? row.kis() : null,
                row.reason().isBlank() ? null : row.reason(),
                now)) {
            throw new InvalidInputException(
                    List.of(InputProblem.ofRow(row.row(), null, "casework.bpjs.answer.answeredMeanwhile")));
        }
        if (row.active()) {
            byte[] evidence = BpjsBatchFile.write(BpjsFormat.CSV, preview.header(), List.of(row.cells()));
            var step = workflow.caseView(new CaseId(view.workflowCaseId()))
                    .currentStep()
                    .orElseThrow();
            var document = documents.insertDocument(
                    view.id(),
                    view.officeCode(),
                    "jawaban-bpjs-usulan-" + batch.number() + "-baris-" + row.row() + ".csv",
                    DocumentContent.Checked.written(DocumentContent.Kind.CSV, evidence),
                    evidence,
                    step.activityNumber(),
                    now,
                    officer.username());
            workflow.recordOutsideResult(
                    step.id(), new OutsideResult(row.kis(), officer.today(), document.ref()), acting, now);
        } else {
            permohonan.addNote(
                    view.id(),
                    view.officeCode(),
                    "BPJS Kesehatan, usulan " + batch.number() + " baris " + row.row() + ": " + row.status() + " — "
                            + row.reason(),
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
