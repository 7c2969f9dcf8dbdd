package id.alur.letter;

import id.alur.office.OfficeService;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The bodies of an office's letter kinds as its admin edits them (docs/letters.md "Templates"): read with the standard
 * body as fallback, checked, saved, and previewed as a PDF from sample data, for {@link LetterService}.
 */
@Component
class LetterTemplateEditing {

    private final LetterTemplateRepository templates;
    private final LetterheadRepository letterheads;
    private final OfficeService offices;
    private final VerificationUrls urls;
    private final LetterPdf pdf;
    private final AuditTrail audit;
    private final Clock clock;

    LetterTemplateEditing(
            LetterTemplateRepository templates,
            LetterheadRepository letterheads,
            OfficeService offices,
            VerificationUrls urls,
            LetterPdf pdf,
            AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.templates = templates;
        this.letterheads = letterheads;
        this.offices = offices;
        this.urls = urls;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    List<LetterTemplateView> templates(String officeCode) {
        return LetterTemplate.KINDS.stream().map(k -> template(officeCode, k)).toList();
    }

    LetterTemplateView template(String officeCode, LetterKind kind) {
        requireBody(kind);
        var stored = templates.find(officeCode, kind);
        var template =
                stored.map(LetterTemplateRepository.Stored::template).orElseGet(() -> LetterTemplate.standard(kind));
        return new LetterTemplateView(
                officeCode,
                kind,
                template.body(),
                stored.isEmpty(),
                stored.map(LetterTemplateRepository.Stored::version).orElse(0),
                stored.map(LetterTemplateRepository.Stored::updatedBy).orElse(null),
                stored.map(LetterTemplateRepository.Stored::updatedAt).orElse(null),
                placeholders(kind));
    }

    static List<LetterTemplateView.Placeholder> placeholders(LetterKind kind) {
        return LetterTemplate.placeholders(kind).stream()
                .map(p -> new LetterTemplateView.Placeholder(p.name(), p.messageKey(), p.table()))
                .toList();
    }

    LetterTemplateView save(String officeCode, LetterKind kind, @Nullable String body, int version, String by) {
        var template = checked(kind, body);
        if (!templates.save(officeCode, template, version, by, clock.instant())) {
            var current = template(officeCode, kind);
            throw new LetterChangedException(
                    "template " + kind + " of office " + officeCode, current.updatedBy(), current.updatedAt(), current);
        }
        audit.record(AuditEvent.of("letter-template.saved")
                .about("letter-template", officeCode + "/" + kind.slug())
                .inOffice(officeCode));
        return template(officeCode, kind);
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
