package id.alur.casework;

import id.alur.casework.StepInput.HandOverForm;
import id.alur.office.CurrentOfficer;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NotFoundException;
import id.alur.workflow.StepId;
import id.alur.workflow.StepView;
import id.alur.workflow.Timeline;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * The permohonan API: the same operations as the pages, for other systems, authenticated by a bearer token of an
 * office user and bound to that user's office and positions exactly as the pages are.
 */
@RestController
@RequestMapping("/api/permohonan")
@Tag(name = "Permohonan", description = "Applications: intake, look-up, scans, and the actions on their steps")
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class PermohonanApiController {

    private final PermohonanService permohonan;
    private final CaseActions actions;
    private final WorkflowService workflow;
    private final Services services;
    private final DeskRegistry registry;

    PermohonanApiController(
            PermohonanService permohonan,
            CaseActions actions,
            WorkflowService workflow,
            Services services,
            DeskRegistry registry) {
        this.permohonan = permohonan;
        this.actions = actions;
        this.workflow = workflow;
        this.services = services;
        this.registry = registry;
    }

    /** A scan sent inline in JSON. */
    record FileRequest(String fileName, String contentBase64) {

        Intake.Upload toUpload(String field) {
            if (contentBase64 == null || contentBase64.isBlank()) {
                return null;
            }
            try {
                return new Intake.Upload(fileName, Base64.getMimeDecoder().decode(contentBase64));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "casework.document.notBase64");
            }
        }
    }

    record ChecklistRequest(int position, boolean present, FileRequest scan) {}

    record IntakeRequest(
            String sopCode,
            Intake.Applicant applicant,
            List<Intake.HouseholdMember> householdMembers,
            List<ChecklistRequest> checklist,
            Set<String> acknowledgedWarnings) {

        Intake toIntake(String officeCode) {
            var papers = checklist == null
                    ? List.<Intake.ChecklistEntry>of()
                    : checklist.stream()
                            .map(c -> new Intake.ChecklistEntry(
                                    c.position(),
                                    c.present(),
                                    c.scan() == null
                                            ? null
                                            : c.scan().toUpload("checklist[" + c.position() + "].scan")))
                            .toList();
            return new Intake(officeCode, sopCode, applicant, householdMembers, papers, acknowledgedWarnings);
        }
    }

    /**
     * An action on a step; which fields count depends on the action.
     *
     * @param verdict for {@code putusan}
     * @param reference for {@code hasil-luar}: the outside party's reference
     * @param resultDate for {@code hasil-luar}
     * @param evidence for {@code hasil-luar}: the scan, required when the office records on the party's behalf
     * @param receivedAt for {@code serah-terima} (and {@code selesai} at the last activity): when the applicant received
     *     it, an ISO-8601 instant with its offset ({@code 2026-03-02T09:15:00+07:00} or {@code ...Z}); a local time
     *     without offset is refused (422 on {@code receivedAt}), since it does not say in which zone it was meant
     */
    record StepRequest(
            String note,
            String outputRef,
            Verdict verdict,
            String reference,
            LocalDate resultDate,
            FileRequest evidence,
            String receivedBy,

            @Schema(
                    type = "string",
                    format = "date-time",
                    example = "2026-03-02T09:15:00+07:00",
                    description = "ISO-8601 instant with offset; a local time without offset is 422")
            String receivedAt,

            IdentityKind idKind,
            String idNumber) {}

    record NoteRequest(String body) {}

    /**
     * A permohonan with where its case stands; the NIK masked unless the caller's position needs it
     * ({@link NikDisclosure}).
     *
     * @param allowedActions the actions ({@code ambil}, {@code putusan} …) the caller may take now, as the workflow's
     *     rules decide them; any other is refused
     * @param registryCheck the DTSEN/DTKS look-up recorded at intake, per NIK, with the rule's verdict as it stands
     *     now (issue 16 item 2); empty for an outside party, since registry data stays inside the office
     */
    record PermohonanResponse(
            PermohonanView permohonan,
            String caseState,
            @Nullable StepView currentStep,
            int caseVersion,
            List<String> allowedActions,
            List<RegistryCheckItem> registryCheck) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Take in a permohonan",
            description = "Checks every field (NIK, KK, region, papers by content) and starts the case. Warnings"
                    + " (duplicate open permohonan, missing papers, unknown region) answer 422 with their tokens;"
                    + " send them back in acknowledgedWarnings to confirm.")
    @ApiResponse(responseCode = "201", description = "Taken in; Location names the new permohonan")
    @ApiResponse(responseCode = "422", description = "Invalid fields, or warnings to confirm (property warnings)")
    @ApiResponse(
            responseCode = "403",
            description = "The caller does not act at the service's front desk in a position marked Petugas loket")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<PermohonanResponse> submit(
            @RequestBody(required = false) IntakeRequest request, CurrentOfficer officer) {
        if (request == null) {
            throw new InvalidInputException("sopCode", "casework.intake.sopRequired");
        }
        var sop = services.inForce(officer.officeCode(), request.sopCode(), officer.today())
                .orElseThrow(() -> new InvalidInputException("sopCode", "casework.intake.sopNotInForce"));
        var acting = ActingOfficer.requireIntakeDesk(officer, sop.sop());
        var created = permohonan.submit(request.toIntake(officer.officeCode()), acting, Instant.now());
        return ResponseEntity.created(URI.create("/api/permohonan/" + created.id()))
                .body(response(created.id(), officer));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A permohonan of the caller's office, with its current step",
            description = "With the DTSEN/DTKS check recorded at its intake (registryCheck): per NIK found or not,"
                    + " the desil, the edition, who looked it up and when, and the verdict of the office's rule for"
                    + " the service as it stands now; empty for an outside party.")
    @ApiResponse(responseCode = "404", description = "No such permohonan in the caller's office")
    PermohonanResponse find(@PathVariable long id, CurrentOfficer officer) {
        return read(new PermohonanId(id), officer);
    }

    @GetMapping(params = "trackingNumber")
    @Operation(summary = "Find a permohonan of the caller's office by tracking number and the NIK's last 4 digits")
    PermohonanResponse findByTracking(
            @Parameter(description = "e.g. ALR-2026-7K3M9Q") @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String nikLast4,
            CurrentOfficer officer) {
        var match = permohonan.findByTracking(trackingNumber, nikLast4);
        match.filter(p -> !p.officeCode().equals(officer.officeCode()))
                .ifPresent(p -> permohonan.recordCrossOffice(p, officer.officeCode()));
        var found = match.filter(p -> p.officeCode().equals(officer.officeCode()))
                .orElseThrow(() -> new NotFoundException(
                        "No permohonan " + trackingNumber + " in " + officer.officeCode(),
                        "casework.permohonan.notFoundByTracking"));
        return read(found.id(), officer);
    }

    @GetMapping("/{id}/riwayat")
    @Operation(summary = "The history of the case: every step with actual against standard time")
    Timeline history(@PathVariable long id, CurrentOfficer officer, Locale locale) {
        var loaded = actions.load(new PermohonanId(id), officer);
        actions.recordRead(loaded, "permohonan.read");
        return OutsideLane.forOfficer(workflow.history(loaded.caseId(), locale), officer);
    }

    @PostMapping("/{id}/berkas")
    @Operation(summary = "Upload a scan (PDF/JPEG/PNG, checked by content), optionally for a checklist item")
    @ApiResponse(responseCode = "201", description = "Stored with its SHA-256")
    @ApiResponse(responseCode = "422", description = "Too large, empty, not a PDF/JPEG/PNG, or damaged")
    ResponseEntity<DocumentView> upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Integer checklistPosition,
            CurrentOfficer officer) {
        var document = actions.attach(
                new PermohonanId(id), officer, checklistPosition, IntakeForm.upload(file), Instant.now());
        return ResponseEntity.created(URI.create("/api/permohonan/" + id + "/berkas/" + document.id()))
                .body(document);
    }

    @GetMapping("/{id}/berkas/{documentId}")
    @Operation(summary = "A scan, inline, with the content type found in its bytes")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, CurrentOfficer officer) {
        return CaseController.inline(actions.document(new PermohonanId(id), new DocumentId(documentId), officer));
    }

    @PostMapping("/{id}/catatan")
    @Operation(summary = "Write a note on the permohonan")
    PermohonanResponse note(
            @PathVariable long id, @RequestBody(required = false) NoteRequest request, CurrentOfficer officer) {
        var pid = new PermohonanId(id);
        actions.note(pid, officer, request == null ? null : request.body(), Instant.now());
        return response(pid, officer);
    }

    @PostMapping("/{id}/lanjutkan")
    @Operation(summary = "The applicant brought the papers back: resume the returned case")
    PermohonanResponse resume(
            @PathVariable long id, @RequestBody(required = false) NoteRequest request, CurrentOfficer officer) {
        var input = StepInput.note(request == null ? null : request.body());
        return response(
                actions.act(new PermohonanId(id), officer, StepAction.LANJUTKAN, null, input, Instant.now()), officer);
    }

    /** Why a case ends before its SOP's end. */
    record EndRequest(String reason) {}

    @PostMapping("/{id}/batalkan")
    @Operation(
            summary = "The office cancels the case (a duplicate, not eligible …): any office position of its SOP",
            description = "The reason is required; the permohonan closes, and the applicant's NIK may apply again.")
    @ApiResponse(responseCode = "422", description = "No reason, or the case has already ended")
    PermohonanResponse cancel(
            @PathVariable long id, @RequestBody(required = false) EndRequest request, CurrentOfficer officer) {
        return end(id, StepAction.BATALKAN, request, officer);
    }

    @PostMapping("/{id}/tarik")
    @Operation(
            summary = "The applicant withdraws the permohonan, recorded by the front desk",
            description = "The reason is required; the permohonan closes, and the applicant's NIK may apply again.")
    @ApiResponse(responseCode = "422", description = "No reason, or the case has already ended")
    PermohonanResponse withdraw(
            @PathVariable long id, @RequestBody(required = false) EndRequest request, CurrentOfficer officer) {
        return end(id, StepAction.TARIK, request, officer);
    }

    private PermohonanResponse end(long id, StepAction action, @Nullable EndRequest request, CurrentOfficer officer) {
        var input = StepInput.note(request == null ? null : request.reason());
        return response(actions.act(new PermohonanId(id), officer, action, null, input, Instant.now()), officer);
    }

    @PostMapping("/{id}/langkah/{stepId}/{action}")
    @Operation(
            summary = "Act on the current step",
            description = "action: ambil (take), lepas (release), selesai (complete), putusan (Ya/Tidak),"
                    + " kembalikan (return to the applicant), hasil-luar (outside party's result),"
                    + " serah-terima (hand-over to the applicant); the permohonan's allowedActions say which the"
                    + " caller may take now. With selesai at the SOP's last activity, a receivedBy or an idNumber"
                    + " records the hand-over too.")
    @ApiResponse(
            responseCode = "409",
            description = "Another officer took or finished the step first (changedBy, changedAt; current: the case)")
    @ApiResponse(responseCode = "422", description = "The SOP or the step's state does not allow it, or input missing")
    PermohonanResponse act(
            @PathVariable long id,
            @PathVariable long stepId,
            @PathVariable String action,
            @RequestBody(required = false) StepRequest body,
            CurrentOfficer officer) {
        var stepAction = StepAction.of(action)
                .filter(StepAction::onStep)
                .orElseThrow(() -> new NotFoundException("No step action " + action, "platform.error.notFound"));
        var request = body == null ? new StepRequest(null, null, null, null, null, null, null, null, null, null) : body;
        var input = new StepInput(
                request.note(),
                request.outputRef(),
                request.verdict(),
                request.reference(),
                request.resultDate(),
                request.evidence() == null ? null : request.evidence().toUpload("evidence"),
                new HandOverForm(
                        request.receivedBy(), receivedAt(request.receivedAt()), request.idKind(), request.idNumber()));
        return response(
                actions.act(new PermohonanId(id), officer, stepAction, new StepId(stepId), input, Instant.now()),
                officer);
    }

    /** An API read of the permohonan, on the audit trail. */
    private PermohonanResponse read(PermohonanId id, CurrentOfficer officer) {
        var loaded = actions.load(id, officer);
        actions.recordRead(loaded, "permohonan.read");
        return response(loaded, officer);
    }

    private PermohonanResponse response(PermohonanId id, CurrentOfficer officer) {
        return response(actions.load(id, officer), officer);
    }

    private PermohonanResponse response(CaseActions.Loaded loaded, CurrentOfficer officer) {
        var positions = ActingOfficer.positions(officer);
        var caseView = loaded.caseView();
        return new PermohonanResponse(
                NikDisclosure.forOfficer(
                        OutsideLane.forOfficer(loaded.permohonan(), loaded.sop(), officer), loaded.sop(), positions),
                caseView.state().name(),
                caseView.currentStep().orElse(null),
                caseView.version(),
                StepAction.offeredBy(workflow.options(caseView, officer.username(), positions)),
                registryCheck(loaded, officer, positions));
    }

    /** The recorded check as the caller may see it: NIKs masked as the permohonan's are, none for an outside party. */
    private List<RegistryCheckItem> registryCheck(
            CaseActions.Loaded loaded, CurrentOfficer officer, Set<String> positions) {
        if (!OutsideLane.onlyLanes(officer).isEmpty()) {
            return List.of();
        }
        var view = loaded.permohonan();
        boolean fullNik = NikDisclosure.full(loaded.sop(), positions);
        return registry.recorded(view.id(), view.officeCode(), view.sopCode()).stream()
                .map(finding -> RegistryCheckItem.of(fullNik ? finding : finding.masked()))
                .toList();
    }

    /** The hand-over's moment: an ISO-8601 instant with offset; blank is none (the hand-over's rules then ask for it). */
    private static @Nullable Instant receivedAt(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("receivedAt", "casework.handOver.receivedAtOffset", text);
        }
    }
}
