package id.alur.letter;

import static id.alur.letter.LetterTemplateRepository.OFFICE;

import id.alur.office.OfficeService;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionView;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The bodies of an office's letter kinds as its admin edits them (docs/letters.md "Templates"): the office's body of a
 * kind for every SOP, and an SOP's own body of a kind (issue 12 follow-up: two services no longer share one text), each
 * read with its fallback, checked, saved, and previewed as a PDF from sample data, for {@link LetterService}.
 */
@Component
class LetterTemplateEditing {

    private static final Logger log = LoggerFactory.getLogger(LetterTemplateEditing.class);

    private final LetterTemplateRepository templates;
    private final LetterheadRepository letterheads;
    private final OfficeService offices;
    private final SopService sops;
    private final VerificationUrls urls;
    private final LetterPdf pdf;
    private final AuditTrail audit;
    private final Clock clock;

    LetterTemplateEditing(
            LetterTemplateRepository templates,
            LetterheadRepository letterheads,
            OfficeService offices,
            SopService sops,
            VerificationUrls urls,
            LetterPdf pdf,
            AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.templates = templates;
        this.letterheads = letterheads;
        this.offices = offices;
        this.sops = sops;
        this.urls = urls;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    List<LetterTemplateView> templates(String officeCode) {
        return LetterTemplate.KINDS.stream().map(k -> template(officeCode, k)).toList();
    }

    /** The office's body of the kind for every SOP, or the standard one. */
    LetterTemplateView template(String officeCode, LetterKind kind) {
        requireBody(kind);
        var stored = templates.find(officeCode, OFFICE, kind);
        var template =
                stored.map(LetterTemplateRepository.Stored::template).orElseGet(() -> LetterTemplate.standard(kind));
        return view(officeCode, null, null, kind, template, stored.orElse(null), false);
    }

    /**
     * The SOP's own body of the kind; while it has none, the body its letters take (the office's, else the standard
     * one), to start from.
     *
     * @throws LetterNotFoundException when the office has no SOP of that code (office isolation: as if there were none)
     */
    LetterTemplateView template(String officeCode, String sopCode, LetterKind kind) {
        requireBody(kind);
        String sopName = sopName(officeCode, sopCode);
        var stored = templates.find(officeCode, sopCode, kind);
        var office = templates.find(officeCode, OFFICE, kind);
        var template = stored.or(() -> office)
                .map(LetterTemplateRepository.Stored::template)
                .orElseGet(() -> LetterTemplate.standard(kind));
        return view(officeCode, sopCode, sopName, kind, template, stored.orElse(null), office.isPresent());
    }

    /** The SOPs' own bodies of the office, each as {@code <sop code>/<kind slug>}. */
    Set<String> sopBodies(String officeCode) {
        return templates.sopBodies(officeCode);
    }

    static List<LetterTemplateView.Placeholder> placeholders(LetterKind kind) {
        return LetterTemplate.placeholders(kind).stream()
                .map(p -> new LetterTemplateView.Placeholder(p.name(), p.messageKey(), p.table()))
                .toList();
    }

    LetterTemplateView save(String officeCode, LetterKind kind, @Nullable String body, int version, String by) {
        return save(officeCode, OFFICE, kind, body, version, by);
    }

    /** Saves the SOP's own body of the kind ({@value LetterTemplateRepository#OFFICE}: the office's for every SOP). */
    LetterTemplateView save(
            String officeCode, String sopCode, LetterKind kind, @Nullable String body, int version, String by) {
        if (!OFFICE.equals(sopCode)) {
            sopName(officeCode, sopCode);
        }
        var template = checked(kind, body);
        if (!templates.save(officeCode, sopCode, template, version, by, clock.instant())) {
            throw changed(officeCode, sopCode, kind);
        }
        audit.record(AuditEvent.of("letter-template.saved")
                .about("letter-template", subject(officeCode, sopCode, kind))
                .inOffice(officeCode));
        return viewAt(officeCode, sopCode, kind);
    }

    /**
     * Removes the SOP's own body of the kind: its letters take the office's body again from the next one on.
     *
     * @throws LetterChangedException when it was saved or removed since {@code version} was read
     */
    LetterTemplateView remove(String officeCode, String sopCode, LetterKind kind, int version, String by) {
        requireBody(kind);
        sopName(officeCode, sopCode);
        if (!templates.delete(officeCode, sopCode, kind, version)) {
            throw changed(officeCode, sopCode, kind);
        }
        log.info("Letter body {} of SOP {} of office {} removed by {}", kind, sopCode, officeCode, by);
        audit.record(AuditEvent.of("letter-template.removed")
                .about("letter-template", subject(officeCode, sopCode, kind))
                .inOffice(officeCode));
        return template(officeCode, sopCode, kind);
    }

    byte[] preview(String officeCode, LetterKind kind, @Nullable String body) {
        var template = checked(kind, body);
        var office =
                offices.findOffice(officeCode).orElseThrow(() -> new LetterNotFoundException("office " + officeCode));
        var letterhead = letterheads.find(officeCode).orElseGet(() -> LetterIssuing.fallbackLetterhead(office));
        var sample = LetterTemplate.sample(kind, officeCode, office.zone(), letterhead, urls.sample("CONTOH"), clock);
        String reason = kind == LetterKind.SURAT_PENOLAKAN ? LetterTemplate.SAMPLE_REASON : null;
        return pdf.render(sample.withBody(template.resolve(new LetterTemplate.Values(sample, reason))));
    }

    /** Someone saved or removed the body since it was read: 409 with the body as it is now. */
    private LetterChangedException changed(String officeCode, String sopCode, LetterKind kind) {
        var current = viewAt(officeCode, sopCode, kind);
        return new LetterChangedException(
                "template " + kind + " of office " + officeCode + " SOP " + sopCode,
                current.updatedBy(),
                current.updatedAt(),
                current);
    }

    private LetterTemplateView viewAt(String officeCode, String sopCode, LetterKind kind) {
        return OFFICE.equals(sopCode) ? template(officeCode, kind) : template(officeCode, sopCode, kind);
    }

    private static LetterTemplateView view(
            String officeCode,
            @Nullable String sopCode,
            @Nullable String sopName,
            LetterKind kind,
            LetterTemplate template,
            LetterTemplateRepository.@Nullable Stored stored,
            boolean officeBody) {
        return new LetterTemplateView(
                officeCode,
                sopCode,
                sopName,
                kind,
                template.body(),
                stored == null,
                stored == null && officeBody,
                stored == null ? 0 : stored.version(),
                stored == null ? null : stored.updatedBy(),
                stored == null ? null : stored.updatedAt(),
                placeholders(kind));
    }

    private static String subject(String officeCode, String sopCode, LetterKind kind) {
        return OFFICE.equals(sopCode) ? officeCode + "/" + kind.slug() : officeCode + "/" + sopCode + "/" + kind.slug();
    }

    /** The name of the office's SOP of that code (its newest version's), or 404. */
    private String sopName(String officeCode, String sopCode) {
        String name = sopNames(officeCode).get(sopCode);
        if (name == null) {
            throw new LetterNotFoundException("SOP " + sopCode + " of office " + officeCode);
        }
        return name;
    }

    private Map<String, String> sopNames(String officeCode) {
        var names = new TreeMap<String, String>();
        sops.versions(officeCode).stream()
                .sorted(Comparator.comparingInt(SopVersionView::version))
                .forEach(v -> names.put(v.code(), v.sop().header().name()));
        return names;
    }

    private static LetterTemplate checked(LetterKind kind, @Nullable String body) {
        requireBody(kind);
        var template = new LetterTemplate(kind, body == null ? "" : body);
        var problems = template.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return template;
    }

    private static void requireBody(LetterKind kind) {
        if (!LetterTemplate.hasBody(kind)) {
            throw new LetterNotFoundException("template of " + kind);
        }
    }
}
