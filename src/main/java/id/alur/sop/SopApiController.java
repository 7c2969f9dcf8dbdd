package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
 * The SOP section as an API, for the office's administrators' tokens (and the system administrator's): the office's
 * versions, a new draft from a {@code *.sop.yaml} (the body as {@code application/yaml} or a multipart {@code file}),
 * one version with the validator's problems, what changed between two versions, publish from an effective date,
 * retire. Another office's versions and SOPs are 404 ({@link SopAccess}); bad files answer 422 with every problem and
 * its line.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "SOP", description = "An office's SOP versions: upload a draft, publish, retire")
class SopApiController {

    static final String YAML = "application/yaml";

    /** One version. */
    record VersionDocument(
            long id,
            String officeCode,
            String code,
            int version,
            String name,
            @Nullable String number,
            SopStatus status,
            @Nullable LocalDate effectiveOn,
            @Nullable Instant publishedAt,
            @Nullable String publishedBy,
            @Nullable Instant retiredAt,
            @Nullable String retiredBy,
            @Nullable Long runningCases,
            String documentUrl,
            String bpmnUrl) {}

    /** One version with what the validator says of its file (warnings: a published file has no errors). */
    record VersionWithProblems(VersionDocument version, List<Problem> problems, String sourceText) {}

    /** A problem of the file, on its line, in the caller's language. */
    record Problem(
            String severity,
            String code,
            int line,
            int column,
            @Nullable String path,
            String message) {}

    /** The publish request. */
    record PublishRequest(
            @Schema(
                    description =
                            "in force from this day (yyyy-MM-dd), today or later; today in the office when absent")
            @Nullable
            LocalDate effectiveOn) {}

    private final SopService sops;
    private final SopAccess access;
    private final ObjectProvider<RunningCases> runningCases;
    private final Clock clock;

    SopApiController(
            SopService sops, SopAccess access, ObjectProvider<RunningCases> runningCases, ObjectProvider<Clock> clock) {
        this.sops = sops;
        this.access = access;
        this.runningCases = runningCases;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/offices/{office}/sop")
    @Operation(summary = "The office's SOP versions, by code then version, with who published and running cases")
    List<VersionDocument> versions(@PathVariable String office) {
        access.requireAdministrableOffice(office);
        Map<SopVersionId, Long> running = running(office);
        return sops.entries(office).stream()
                .map(entry -> document(entry.version(), entry.history(), running))
                .toList();
    }

    @PostMapping("/offices/{office}/sop")
    @Operation(
            summary = "A new draft from a *.sop.yaml: the body as application/yaml, or a multipart field file;"
                    + " 422 lists every error with its line",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = YAML, schema = @Schema(type = "string")),
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                        schema = @Schema(implementation = UploadForm.class))
                            }))
    ResponseEntity<VersionWithProblems> upload(
            @PathVariable String office,
            @Parameter(description = "with an application/yaml body: the file name problems name, e.g. kis.sop.yaml")
                    @RequestParam(name = "fileName", defaultValue = "sop.yaml")
                    String fileName,
            @Parameter(hidden = true) @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        access.requireAdministrableOffice(office);
        if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "sop.studio.upload.missing");
            }
            String name = file.getOriginalFilename() == null ? fileName : file.getOriginalFilename();
            name = name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
            return created(sops.createDraft(office, name, file.getBytes()), locale);
        }
        if (request.getContentType() == null
                || !MediaType.parseMediaType(request.getContentType())
                        .isCompatibleWith(MediaType.parseMediaType(YAML))) {
            throw new InvalidInputException("file", "sop.api.upload.contentType");
        }
        return created(
                sops.createDraft(office, fileName, request.getInputStream().readAllBytes()), locale);
    }

    /** The multipart form of an upload, for the OpenAPI document. */
    record UploadForm(
            @Schema(type = "string", format = "binary") String file) {}

    @GetMapping("/sop/{id}")
    @Operation(summary = "One version with the validator's problems of its file and the file itself")
    VersionWithProblems version(@PathVariable long id, Locale locale) {
        return withProblems(administrable(id), locale);
    }

    @GetMapping("/sop/{id}/compare")
    @Operation(
            summary = "What changed from version `with` to version `id` of the same SOP: identity fields, lanes added,"
                    + " removed, changed and reordered, activities added, removed and changed field by field (rows"
                    + " matched by their Uraian); 422 when the two are different SOPs")
    SopComparison compare(
            @PathVariable long id,
            @Parameter(description = "the id of the version to compare with (the one before)") @RequestParam
                    long with) {
        SopVersionView after = administrable(id);
        SopVersionView before = administrable(with);
        return sops.compare(before.id(), after.id());
    }

    @PostMapping("/sop/{id}/publish")
    @Operation(
            summary = "Publishes a draft from an effective date (a later day brings it into force that day);"
                    + " 409 when it is no draft, 422 for a past date")
    VersionWithProblems publish(
            @PathVariable long id, @RequestBody(required = false) @Nullable PublishRequest request, Locale locale) {
        SopVersionView draft = administrable(id);
        LocalDate effectiveOn = request == null || request.effectiveOn() == null
                ? LocalDate.ofInstant(
                        clock.instant(), AlurUser.current().orElseThrow().zone())
                : request.effectiveOn();
        return withProblems(sops.publish(draft.id(), effectiveOn), locale);
    }

    @PostMapping("/sop/{id}/retire")
    @Operation(summary = "Retires a published version: new cases no longer take it; running cases finish on it")
    VersionWithProblems retire(@PathVariable long id, Locale locale) {
        return withProblems(sops.retire(administrable(id).id()), locale);
    }

    private SopVersionView administrable(long id) {
        return access.administrable(new SopVersionId(id));
    }

    private ResponseEntity<VersionWithProblems> created(SopVersionView draft, Locale locale) {
        return ResponseEntity.created(URI.create("/api/sop/" + draft.id().value()))
                .body(withProblems(draft, locale));
    }

    private VersionWithProblems withProblems(SopVersionView version, Locale locale) {
        SopReadResult read = SopFormat.read(
                version.code() + ".sop.yaml", version.sourceText().getBytes(StandardCharsets.UTF_8), locale);
        List<Problem> problems = read.problems().stream()
                .map(p -> new Problem(p.severity().name(), p.code(), p.line(), p.column(), p.path(), p.message()))
                .toList();
        return new VersionWithProblems(
                document(version, sops.history(version.id()), running(version.officeCode())),
                problems,
                version.sourceText());
    }

    private @Nullable Map<SopVersionId, Long> running(String office) {
        RunningCases counter = runningCases.getIfAvailable();
        return counter == null ? null : counter.byVersion(office);
    }

    private static VersionDocument document(
            SopVersionView v, SopService.VersionHistory history, @Nullable Map<SopVersionId, Long> running) {
        return new VersionDocument(
                v.id().value(),
                v.officeCode(),
                v.code(),
                v.version(),
                v.sop().header().name(),
                v.sop().header().number(),
                v.status(),
                v.effectiveOn(),
                v.publishedAt(),
                history.publishedBy(),
                history.retiredAt(),
                history.retiredBy(),
                running == null ? null : running.getOrDefault(v.id(), 0L),
                "/sop/versi/" + v.id().value(),
                "/sop/versi/" + v.id().value() + ".bpmn");
    }
}
