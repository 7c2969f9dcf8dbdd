package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The BPJS exchange as an API (issue 16 item 2): the same operations, rules and errors as the pages ({@link
 * BpjsController}) for other systems, with a bearer token of the office's user. The front desk lists what waits and
 * makes a batch; the front desk and the outside party's own users ({@link BpjsDesk#answering}) list the batches of
 * their lanes, download a batch's file, upload an answer file for its preview and apply it in one transaction. The
 * JSON carries the tracking numbers and answers, not the applicants' personal data: that is in the batch's file, whose
 * every download is on the audit trail.
 */
@RestController
@RequestMapping("/api/offices/{office}/bpjs")
@Tag(
        name = "BPJS exchange",
        description = "Usulan batches to BPJS Kesehatan and its answer files: preview by row, apply in one transaction")
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class BpjsExchangeApiController {

    /** {@link BpjsFormat#XLSX}'s media type, as a constant the OpenAPI annotation can take. */
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BpjsDesk desk;
    private final BpjsBatches batches;
    private final BpjsAnswers answers;
    private final ResourceOfficeGuard guard;
    private final MessageSource messages;

    BpjsExchangeApiController(
            BpjsDesk desk,
            BpjsBatches batches,
            BpjsAnswers answers,
            ResourceOfficeGuard guard,
            MessageSource messages) {
        this.desk = desk;
        this.batches = batches;
        this.answers = answers;
        this.guard = guard;
        this.messages = messages;
    }

    /** A lane and the cases waiting at its step in no open batch, oldest first. */
    record WaitingLane(String lane, String name, List<WaitingCase> cases) {}

    record WaitingCase(long permohonanId, String trackingNumber, Instant since) {}

    /** A new batch: the outside party's lane (its SOP lane code) and the file's format, {@code XLSX} or {@code CSV}. */
    record NewBatch(
            @Schema(example = "bpjs-kesehatan") @Nullable String lane,

            @Schema(
                    allowableValues = {"XLSX", "CSV"},
                    defaultValue = "XLSX")
            @Nullable
            String format) {}

    /**
     * A batch with its counts; {@code status} is {@code SENT} (no row answered), {@code PARTLY_ANSWERED} or {@code
     * ANSWERED} (every row closed).
     */
    record BatchDocument(
            long id,
            int number,
            String lane,
            String format,
            String createdBy,
            Instant createdAt,
            int cases,
            int persons,
            int open,
            int active,
            int refused,
            int closedElsewhere,
            String status) {

        /** {@code open}, {@code active}, {@code refused} and {@code closedElsewhere} count persons (rows), V14_1. */
        static BatchDocument of(BpjsRepository.Batch b) {
            String status = b.open() == b.persons() ? "SENT" : b.open() == 0 ? "ANSWERED" : "PARTLY_ANSWERED";
            return new BatchDocument(
                    b.id(),
                    b.number(),
                    b.lane(),
                    b.format().name(),
                    b.createdBy(),
                    b.createdAt(),
                    b.cases(),
                    b.persons(),
                    b.open(),
                    b.active(),
                    b.refused(),
                    b.closedElsewhere(),
                    status);
        }
    }

    /**
     * One row of a batch in the file's order, a person of a case ({@code person} 0 the applicant, n the n-th household
     * member proposed; no name, as the rest of this answer holds no personal data); {@code answer} is {@code AKTIF}, {@code DITOLAK}, {@code DICATAT} (done
     * on the case page) or {@code DIHENTIKAN} (cancelled or withdrawn), {@code null} while open.
     */
    record BatchCaseDocument(
            int position,
            long permohonanId,
            String trackingNumber,
            int person,
            boolean open,
            @Nullable String answer,
            @Nullable String kisNumber,
            @Nullable String reason) {}

    record AnswerDocument(
            long id,
            String fileName,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            @Nullable String appliedBy,
            @Nullable Instant appliedAt) {

        static AnswerDocument of(BpjsRepository.Answer a) {
            return new AnswerDocument(
                    a.id(), a.fileName(), a.sha256(), a.uploadedBy(), a.uploadedAt(), a.appliedBy(), a.appliedAt());
        }
    }

    record BatchDetail(BatchDocument batch, List<BatchCaseDocument> cases, List<AnswerDocument> answers) {}

    /**
     * One row of an answer file: its row number in the file (the header is row 1), how it matched ({@code MATCHED},
     * {@code UNMATCHED}, {@code CONFLICTING}, {@code ALREADY_ANSWERED}), the column the message is about, the message
     * with its key, and the permohonan it matched.
     */
    record PreviewRow(
            int row,
            String nik,
            String match,
            @Nullable String column,
            String code,
            String message,
            @Nullable String trackingNumber) {}

    /** An answer matched against its batch; {@code unanswered}: the tracking numbers of open rows the file lacks. */
    record PreviewDocument(
            BatchDocument batch,
            AnswerDocument answer,
            Map<String, Long> counts,
            List<PreviewRow> rows,
            List<String> unanswered) {}

    /** What applying did: the rows applied, the rows left as they were, and the preview they were applied from. */
    record AppliedDocument(int applied, int notApplied, PreviewDocument preview) {}

    @GetMapping("/menunggu")
    @Operation(
            summary = "The cases waiting at each outside party's step in no open batch, oldest first (the front desk"
                    + " of a service with an outside party)")
    List<WaitingLane> waiting(@PathVariable String office, CurrentOfficer officer) {
        ownOffice(office);
        return desk.require(officer).values().stream()
                .map(lane -> new WaitingLane(
                        lane.code(),
                        lane.name(),
                        batches.waiting(officer, lane).stream()
                                .map(w -> new WaitingCase(w.permohonan().value(), w.trackingNumber(), w.since()))
                                .toList()))
                .toList();
    }

    @GetMapping("/usulan")
    @Operation(
            summary = "The office's newest batches (up to 100) of the lanes the caller answers: the front desk's, or"
                    + " an outside party's own")
    List<BatchDocument> list(@PathVariable String office, CurrentOfficer officer) {
        ownOffice(office);
        desk.requireAnswering(officer);
        return batches.batches(officer).stream().map(BatchDocument::of).toList();
    }

    @PostMapping("/usulan")
    @Operation(
            summary = "A new batch of the cases waiting at the lane's step (oldest first, at most 1,000) in the"
                    + " office's layout; the front desk only; 422 when none waits or the lane or format is unknown")
    ResponseEntity<BatchDocument> create(
            @PathVariable String office,
            CurrentOfficer officer,
            @RequestBody(required = false) @Nullable NewBatch request) {
        ownOffice(office);
        // without a body: no lane, refused by the desk (403) or as an unknown lane (422), as the page's form is
        String lane = request == null || request.lane() == null ? "" : request.lane();
        var batch = batches.create(officer, lane, format(request == null ? null : request.format()), Instant.now());
        return ResponseEntity.created(URI.create("/api/offices/" + office + "/bpjs/usulan/" + batch.id()))
                .body(BatchDocument.of(batch));
    }

    @GetMapping("/usulan/{batch}")
    @Operation(summary = "A batch with its cases in the file's order and the answer files uploaded")
    BatchDetail batch(@PathVariable String office, @PathVariable long batch, CurrentOfficer officer) {
        ownOffice(office);
        var found = batches.batch(officer, batch);
        var cases = batches.rows(found).stream()
                .map(r -> new BatchCaseDocument(
                        r.batchCase().position(),
                        r.permohonan().id().value(),
                        r.permohonan().trackingNumber(),
                        r.batchCase().person(),
                        r.batchCase().open(),
                        r.batchCase().answer(),
                        r.batchCase().kisNumber(),
                        r.batchCase().reason()))
                .toList();
        var uploaded = answers.answers(found).stream().map(AnswerDocument::of).toList();
        return new BatchDetail(BatchDocument.of(found), cases, uploaded);
    }

    @GetMapping("/usulan/{batch}/berkas")
    @Operation(
            summary = "The batch's file (XLSX or CSV as it was made), written again from its cases; every download is"
                    + " on the audit trail")
    ResponseEntity<byte[]> file(@PathVariable String office, @PathVariable long batch, CurrentOfficer officer) {
        ownOffice(office);
        return BpjsController.download(batches.file(officer, batch));
    }

    @PostMapping("/usulan/{batch}/jawaban")
    @Operation(
            summary = "Uploads an answer file (CSV UTF-8 or XLSX; a multipart field file, or the file as the body with"
                    + " fileName) and returns its preview; 422 names row and column of a file that cannot be read",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                        schema = @Schema(implementation = UploadForm.class)),
                                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))
                            }))
    ResponseEntity<PreviewDocument> upload(
            @PathVariable String office,
            @PathVariable long batch,
            @Parameter(description = "with the file as the body: its name, e.g. jawaban.xlsx")
                    @RequestParam(name = "fileName", defaultValue = "jawaban")
                    String fileName,
            @Parameter(hidden = true) @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentOfficer officer,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        ownOffice(office);
        String name = fileName;
        byte[] content;
        if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
            if (file == null
                    || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank()) {
                throw new InvalidInputException("file", "casework.bpjs.answer.fileRequired");
            }
            name = file.getOriginalFilename();
            content = file.getBytes();
        } else {
            // one byte over the limit is enough for BpjsAnswers to refuse it
            content = request.getInputStream().readNBytes(BpjsAnswers.MAX_BYTES + 1);
        }
        long id = answers.upload(officer, batch, name, content, Instant.now());
        return ResponseEntity.created(URI.create("/api/offices/" + office + "/bpjs/usulan/" + batch + "/jawaban/" + id))
                .body(preview(answers.preview(officer, batch, id), locale));
    }

    /** The multipart form of an upload, for the OpenAPI document. */
    record UploadForm(
            @Schema(type = "string", format = "binary") String file) {}

    @GetMapping("/usulan/{batch}/jawaban/{answer}")
    @Operation(summary = "An answer file matched against its batch as it stands now, row by row")
    PreviewDocument preview(
            @PathVariable String office,
            @PathVariable long batch,
            @PathVariable long answer,
            CurrentOfficer officer,
            Locale locale) {
        ownOffice(office);
        return preview(answers.preview(officer, batch, answer), locale);
    }

    @PostMapping("/usulan/{batch}/jawaban/{answer}/terapkan")
    @Operation(
            summary = "Applies the matched rows in one transaction: aktif records BPJS's result on the case's step (the"
                    + " row as evidence) and the case moves on, ditolak is noted; 422 naming the row when any row"
                    + " cannot be applied (nothing is written), when none matches or the answer was applied")
    AppliedDocument apply(
            @PathVariable String office,
            @PathVariable long batch,
            @PathVariable long answer,
            CurrentOfficer officer,
            Locale locale) {
        ownOffice(office);
        var applied = answers.apply(officer, batch, answer, Instant.now());
        return new AppliedDocument(applied.matched().size(), applied.problems().size(), preview(applied, locale));
    }

    private PreviewDocument preview(BpjsPreview preview, Locale locale) {
        var rows = preview.lines().stream()
                .map(l -> new PreviewRow(
                        l.row(),
                        l.nik(),
                        l.match().name(),
                        l.column(),
                        l.messageKey(),
                        messages.getMessage(l.messageKey(), l.arguments().toArray(), locale),
                        l.permohonan() == null ? null : l.permohonan().trackingNumber()))
                .toList();
        var unanswered = preview.unanswered().stream()
                .map(r -> r.permohonan().trackingNumber())
                .distinct()
                .toList();
        return new PreviewDocument(
                BatchDocument.of(preview.batch()),
                AnswerDocument.of(preview.answer()),
                preview.counts(),
                rows,
                unanswered);
    }

    private void ownOffice(String office) {
        guard.requireOwnOffice(office, "office " + office);
    }

    /** The API is strict where the page's select can only send the two values: anything else is 422 naming it. */
    private static BpjsFormat format(@Nullable String format) {
        if (format == null || format.isBlank()) {
            return BpjsFormat.XLSX;
        }
        try {
            return BpjsFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "casework.bpjs.batch.unknownFormat", format);
        }
    }
}
