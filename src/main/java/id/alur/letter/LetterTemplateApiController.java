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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bodies of an office's letter kinds as an API, for the office's administrators' tokens (and the system
 * administrator's): read them with the placeholders they may use, replace one. Another office is 404; a body with an
 * unknown placeholder is 422 naming it and its line, nothing written; a stale version is 409.
 */
@RestController
@RequestMapping("/api/offices/{office}/letter-templates")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Letters", description = "The text of an office's letters: one template per letter kind")
class LetterTemplateApiController {

    /** One kind's body. */
    record TemplateDocument(
            @Schema(description = "the letter kind, e.g. tanda-terima")
            String kind,

            @Schema(description = "plain text; paragraphs separated by a blank line; {{placeholders}}")
            String body,

            @Schema(description = "true while the office uses the standard body")
            boolean standard,

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
        // The body is read after the office is checked: another office's admin learns nothing from a 400.
        guard.requireAdministrable(office, "letter templates of office " + office);
        return document(letters.saveTemplate(
                office,
                kindOf(kind),
                change == null ? null : change.body(),
                change == null ? 0 : change.version(),
                AlurUser.current().orElseThrow().username()));
    }

    private static TemplateDocument document(LetterTemplateView view) {
        return new TemplateDocument(
                view.kind().slug(),
                view.body(),
                view.standard(),
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
