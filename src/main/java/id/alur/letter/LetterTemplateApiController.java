package id.alur.letter;

import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bodies of an office's letter kinds as an API, for the office's administrators' tokens (and the system
 * administrator's): read them with the placeholders they may use, replace one; the same for one SOP's own body of a
 * kind, which may also be removed (issue 12 follow-up). Another office is 404; a body with an
 * unknown placeholder is 422 naming it and its line, nothing written; a stale version is 409.
 */
@RestController
@RequestMapping("/api/offices/{office}/letter-templates")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Letters", description = "The text of an office's letters: one template per letter kind")
class LetterTemplateApiController {

    /** One kind's body, of the office for every SOP or of one SOP. */
    record TemplateDocument(
            @Schema(description = "the letter kind, e.g. tanda-terima")
            String kind,

            @Schema(description = "the SOP whose own body this is; absent for the office's body for every SOP")
            @Nullable
            String sop,

            @Schema(description = "plain text; paragraphs separated by a blank line; {{placeholders}}")
            String body,

            @Schema(
                    description = "true while nothing is stored at this level: the office uses the standard body, the"
                            + " SOP the office's body (officeBody) or the standard one")
            boolean standard,

            @Schema(description = "for an SOP without a body of its own: whether its letters take the office's body")
            boolean officeBody,

            @Schema(description = "send it back with a change (optimistic locking)")
            int version,

            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            List<String> placeholders) {}

    /** A new body for one kind. */
    record TemplateChange(
            @Schema(description = "plain text with {{placeholders}}", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable
            String body,

            @Schema(description = "the version read; 0 for an office still on the standard body")
            int version) {}

    private final LetterService letters;
    private final ResourceOfficeGuard guard;

    LetterTemplateApiController(LetterService letters, ResourceOfficeGuard guard) {
        this.letters = letters;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "The body of every letter kind of the office (its own or the standard one)")
    List<TemplateDocument> templates(@PathVariable String office) {
        guard.requireAdministrable(office, "letter templates of office " + office);
        return letters.templates(office).stream()
                .map(LetterTemplateApiController::document)
                .toList();
    }

    @GetMapping("/{kind}")
    @Operation(summary = "The body of one letter kind, with the placeholders it may use")
    TemplateDocument template(@PathVariable String office, @PathVariable String kind) {
        guard.requireAdministrable(office, "letter templates of office " + office);
        return document(letters.template(office, kindOf(kind)));
    }

    @PutMapping("/{kind}")
    @Operation(
            summary = "Replaces the body of one letter kind; it applies from the next letter on (issued letters keep"
                    + " theirs). 422 names each unknown placeholder and its line; 409 when the version is stale")
    TemplateDocument save(
            @PathVariable String office,
            @PathVariable String kind,
            @RequestBody(required = false) @Nullable TemplateChange change) {
        return write(office, null, kind, change);
    }

    @GetMapping("/{kind}/sop/{sop}")
    @Operation(
            summary =
                    "The body of one letter kind for one SOP of the office: its own, or while it has none the body its"
                            + " letters take (the office's, else the standard one)")
    TemplateDocument sopTemplate(@PathVariable String office, @PathVariable String kind, @PathVariable String sop) {
        guard.requireAdministrable(office, "letter templates of office " + office);
        return document(letters.template(office, sop, kindOf(kind)));
    }

    @PutMapping("/{kind}/sop/{sop}")
    @Operation(
            summary = "Gives one SOP its own body of a letter kind, instead of the office's; from the next letter on."
                    + " 422 names each unknown placeholder and its line; 409 when the version is stale")
    TemplateDocument saveSop(
            @PathVariable String office,
            @PathVariable String kind,
            @PathVariable String sop,
            @RequestBody(required = false) @Nullable TemplateChange change) {
        return write(office, sop, kind, change);
    }

    @DeleteMapping("/{kind}/sop/{sop}")
    @Operation(
            summary = "Removes one SOP's own body of a letter kind: its letters take the office's body again from the"
                    + " next one on. 409 when the version is stale or there is none")
    TemplateDocument removeSop(
            @PathVariable String office,
            @PathVariable String kind,
            @PathVariable String sop,
            @RequestParam int version) {
        guard.requireAdministrable(office, "letter templates of office " + office);
        return document(letters.removeTemplate(
                office,
                sop,
                kindOf(kind),
                version,
                AlurUser.current().orElseThrow().username()));
    }

    /** Saves the office's body of the kind, or with {@code sop} the SOP's own. */
    private TemplateDocument write(String office, @Nullable String sop, String kind, @Nullable TemplateChange change) {
        // The body is read after the office is checked: another office's admin learns nothing from a 400.
        guard.requireAdministrable(office, "letter templates of office " + office);
        String body = change == null ? null : change.body();
        int version = change == null ? 0 : change.version();
        String by = AlurUser.current().orElseThrow().username();
        return document(
                sop == null
                        ? letters.saveTemplate(office, kindOf(kind), body, version, by)
                        : letters.saveTemplate(office, sop, kindOf(kind), body, version, by));
    }

    private static TemplateDocument document(LetterTemplateView view) {
        return new TemplateDocument(
                view.kind().slug(),
                view.sopCode(),
                view.body(),
                view.standard(),
                view.officeBody(),
                view.version(),
                view.updatedBy(),
                view.updatedAt(),
                view.placeholders().stream()
                        .map(LetterTemplateView.Placeholder::written)
                        .toList());
    }

    private static LetterKind kindOf(String slug) {
        try {
            return LetterKind.ofSlug(slug);
        } catch (IllegalArgumentException e) {
            throw new LetterNotFoundException("template of " + slug);
        }
    }
}
