package id.alur.letter;

import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's letter settings as an API, for the office's administrators' tokens (and the system administrator's):
 * list them, remove one. Another office's setting is 404; a setting letters were issued under is 422 and stays.
 */
@RestController
@RequestMapping("/api/offices/{office}/letter-settings")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Letters")
class LetterSettingApiController {

    /** One setting: which step of which SOP issues which letter, and how it is numbered. */
    record SettingDocument(
            long id,

            @Schema(description = "the SOP code, or * for the Tanda Terima of every SOP")
            String sopCode,

            @Schema(description = "the letter kind, e.g. surat-pengantar")
            String kind,

            int issueStep,
            int signStep,
            List<Integer> parafSteps,
            String pattern,
            int version) {}

    private final LetterService letters;
    private final ResourceOfficeGuard guard;

    LetterSettingApiController(LetterService letters, ResourceOfficeGuard guard) {
        this.letters = letters;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "The letter settings of the office, by SOP and kind")
    List<SettingDocument> settings(@PathVariable String office) {
        guard.requireAdministrable(office, "letter settings of office " + office);
        return letters.settings(office).stream()
                .map(s -> new SettingDocument(
                        s.id(),
                        s.sopCode(),
                        s.kind().slug(),
                        s.issueStep(),
                        s.signStep(),
                        s.parafSteps(),
                        s.pattern(),
                        s.version()))
                .toList();
    }

    @DeleteMapping("/{setting}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Removes a letter setting: its step issues nothing from then on. 422 while letters were issued"
                    + " under it (change it instead); 404 for another office's")
    void remove(@PathVariable String office, @PathVariable long setting) {
        guard.requireAdministrable(office, "letter settings of office " + office);
        letters.removeSetting(office, setting, AlurUser.current().orElseThrow().username());
    }
}
