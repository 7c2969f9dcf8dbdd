package id.alur.letter;

import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.sop.SopVersionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which steps of an office's SOP version output a letter, as an API for the office's administrators' tokens (and the
 * system administrator's): the rule's verdict and the admin's choice per step, and replacing the choices. Another
 * office's version is 404; a choice for a step outside the office's lanes is 422 naming it, nothing written.
 */
@RestController
@RequestMapping("/api/offices/{office}/letter-outputs/{version}")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Letters")
class LetterOutputsApiController {

    /** One step in an office lane. */
    record StepDocument(
            int activity,
            String description,
            @Nullable String output,

            @Schema(description = "the letter kind the rule sees in the output, e.g. surat-layanan; null: none")
            @Nullable
            String byRule,

            @Schema(description = "the admin's choice: true a letter, false none, null follow the rule") @Nullable
            Boolean chosen,

            @Schema(description = "the letter kind the step outputs after the choice; null: none") @Nullable
            String kind) {}

    /** The choices, replacing the version's: activity number to true (a letter) or false (none); others follow the rule. */
    record Choices(@Nullable Map<Integer, Boolean> choices) {}

    private final LetterOutputChoices outputs;
    private final ResourceOfficeGuard guard;

    LetterOutputsApiController(LetterOutputChoices outputs, ResourceOfficeGuard guard) {
        this.outputs = outputs;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "The steps of the SOP version in office lanes, with the rule's letter kind and the choice")
    List<StepDocument> outputs(@PathVariable String office, @PathVariable long version) {
        guard.requireAdministrable(office, "letter outputs of office " + office);
        return documents(office, new SopVersionId(version));
    }

    @PutMapping
    @Operation(
            summary = "Replaces the admin's choices of which steps output a letter; readiness follows them. 422 names a"
                    + " step that is none of the version's office steps")
    List<StepDocument> choose(
            @PathVariable String office,
            @PathVariable long version,
            @RequestBody(required = false) @Nullable Choices body) {
        guard.requireAdministrable(office, "letter outputs of office " + office);
        var id = new SopVersionId(version);
        Map<Integer, Boolean> chosen = new LinkedHashMap<>();
        if (body != null && body.choices() != null) {
            body.choices().forEach((step, letter) -> {
                if (letter != null) {
                    chosen.put(step, letter);
                }
            });
        }
        outputs.choose(office, id, chosen, AlurUser.current().orElseThrow().username());
        return documents(office, id);
    }

    private List<StepDocument> documents(String office, SopVersionId id) {
        return outputs.outputs(office, id).stream()
                .map(o -> new StepDocument(
                        o.activity().number(),
                        o.activity().description(),
                        o.activity().standard() == null
                                ? null
                                : o.activity().standard().output(),
                        o.byRule() == null ? null : o.byRule().slug(),
                        o.chosen(),
                        o.kind() == null ? null : o.kind().slug()))
                .toList();
    }
}
