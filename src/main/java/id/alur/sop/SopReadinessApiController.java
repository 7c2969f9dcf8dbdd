package id.alur.sop;

import id.alur.platform.AlurUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SOP versions for an office's administrators: whether a version is ready to run. Another office's version is 404. */
@RestController
@RequestMapping("/api/sop")
@Tag(name = "SOP", description = "SOP versions of the caller's office")
@PreAuthorize("hasRole('OFFICE_ADMIN')")
class SopReadinessApiController {

    /**
     * One item of the readiness list.
     *
     * @param blocking {@code true} when it keeps the version from being published
     * @param code the message key, stable for programs
     * @param message the item in the caller's language
     * @param fix the path of the page that fixes it
     */
    record ReadinessEntry(boolean blocking, String code, String message, String fix) {}

    /** @param ready {@code true} when no item blocks publishing */
    record Readiness(
            long id, String officeCode, String sopCode, int version, boolean ready, List<ReadinessEntry> items) {}

    private final SopService sops;
    private final SopAccess access;
    private final MessageSource messages;

    SopReadinessApiController(SopService sops, SopAccess access, MessageSource messages) {
        this.access = access;
        this.sops = sops;
        this.messages = messages;
    }

    @GetMapping("/{id}/readiness")
    @Operation(
            summary = "What is missing before the version can run in its office (siap dijalankan); blocking items"
                    + " keep it from being published")
    Readiness readiness(@PathVariable long id, Locale locale) {
        SopVersionView version = ownOffice(new SopVersionId(id));
        List<ReadinessEntry> items = sops.readiness(version.id()).stream()
                .map(item -> new ReadinessEntry(
                        item.blocks(),
                        item.messageKey(),
                        messages.getMessage(item.messageKey(), item.arguments().toArray(), locale),
                        item.fixLink()))
                .toList();
        return new Readiness(
                id,
                version.officeCode(),
                version.code(),
                version.version(),
                items.stream().noneMatch(ReadinessEntry::blocking),
                items);
    }

    /** Another office's version answers as a missing one, so its existence is not given away. */
    private SopVersionView ownOffice(SopVersionId id) {
        SopVersionView version = access.find(id);
        String office = AlurUser.current().map(AlurUser::officeCode).orElse(null);
        if (!version.officeCode().equals(office)) {
            throw access.probed(version);
        }
        return version;
    }
}
