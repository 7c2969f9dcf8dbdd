package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit trail for administrators at {@code /admin/audit} (issue 14 item 4): filters, pages of
 * {@value AuditReadings#PAGE_SIZE} records, and the same records as XLSX, whose download is itself on the trail
 * ({@code audit.exported}). Who reads what: {@link AuditReadings}.
 */
@Controller
class AuditAdminController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditReadings readings;
    private final AuditTrail audit;
    private final Offices offices;
    private final MessageSource messages;

    AuditAdminController(AuditReadings readings, AuditTrail audit, Offices offices, MessageSource messages) {
        this.readings = readings;
        this.audit = audit;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    ModelAndView page(@ModelAttribute AuditFilter filter, Locale locale) {
        var view = new ModelAndView("office/admin/audit");
        view.addObject("filter", filter);
        view.addObject("zone", AlurUser.current().orElseThrow().zone());
        view.addObject("kinds", AuditKinds.ALL);
        view.addObject("outcomes", AuditOutcome.values());
        List<String> readable = readings.readableOffices();
        view.addObject(
                "officeOptions",
                readable == null
                        ? offices.all()
                        : offices.all().stream()
                                .filter(o -> readable.contains(o.code()))
                                .toList());
        try {
            view.addObject("result", readings.page(filter, AuditReadings.PAGE_SIZE));
            view.addObject("errors", List.of());
        } catch (InvalidInputException e) {
            view.addObject("result", null);
            view.addObject("errors", e.messages(messages, locale));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    @GetMapping("/admin/audit.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute AuditFilter filter, Locale locale) {
        List<AuditRecord> records = readings.all(filter);
        AlurUser admin = AlurUser.current().orElseThrow();
        String name = "jejak-audit-" + LocalDate.now(admin.zone()) + ".xlsx";
        String asked = describe(filter);
        byte[] body = AuditWorkbook.write(records, admin.zone(), asked, labels(locale));
        // The export of the trail is a processing of what it holds: on the trail too (issue 14 item 4).
        audit.record(AuditEvent.exported("audit", name)
                .inOffice(filter.office() == null || filter.office().isBlank() ? admin.officeCode() : filter.office())
                .detail(records.size() + " records; " + asked));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private AuditWorkbook.Labels labels(Locale locale) {
        List<String> headers = Arrays.stream(new String[] {
                    "at", "actor", "actorOffice", "address", "kind", "action", "outcome", "object", "office", "detail"
                })
                .map(column -> messages.getMessage("office.audit.column." + column, null, locale))
                .toList();
        return new AuditWorkbook.Labels(
                messages.getMessage("office.audit.title", null, locale),
                messages.getMessage("office.audit.filter", null, locale),
                headers,
                kind -> messages.getMessage(kind, null, kind, locale),
                outcome -> messages.getMessage("office.audit.outcome." + outcome, null, outcome, locale));
    }

    /** The filter as asked, for the workbook's head and the export's record: {@code from=2026-01-01 user=budi}. */
    static String describe(AuditFilter filter) {
        return Stream.of(
                        entry("from", filter.from()),
                        entry("to", filter.to()),
                        entry("user", filter.user()),
                        entry("kind", filter.kind()),
                        entry("office", filter.office()),
                        entry("subject", masked(filter.subject())))
                .filter(e -> e != null)
                .collect(Collectors.joining(" "));
    }

    /** A NIK typed as the subject is not written down whole (docs/security.md: never a NIK on the trail). */
    private static @Nullable String masked(@Nullable String subject) {
        if (subject != null && subject.strip().matches("\\d{16}")) {
            return "NIK-…" + subject.strip().substring(12);
        }
        return subject;
    }

    private static @Nullable String entry(String name, @Nullable String value) {
        return value == null || value.isBlank() ? null : name + "=" + value.strip();
    }
}
