package id.alur.letter;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register of outgoing letters (buku agenda surat keluar) of an office and its XLSX workbook, for {@link LetterService}. */
@Component
class LetterRegister {

    private final LetterRepository letters;
    private final LetterheadRepository letterheads;
    private final MessageSource messages;
    private final AuditTrail audit;

    LetterRegister(
            LetterRepository letters, LetterheadRepository letterheads, MessageSource messages, AuditTrail audit) {
        this.letters = letters;
        this.letterheads = letterheads;
        this.messages = messages;
        this.audit = audit;
    }

    List<RegisterEntry> entries(String officeCode, RegisterPeriod period, @Nullable LetterKind kind) {
        return letters.register(officeCode, period, kind).stream()
                .map(s -> {
                    var v = s.view();
                    var verification = s.verification();
                    return new RegisterEntry(
                            v.id(),
                            s.sequence(),
                            v.number(),
                            v.issuedOn(),
                            v.kind(),
                            v.sopCode(),
                            v.subject(),
                            v.addressee(),
                            v.applicantName(),
                            v.signerName(),
                            v.signerTitle(),
                            verification.revokedOn(),
                            v.revokedReason());
                })
                .toList();
    }

    static String fileName(String officeCode, RegisterPeriod period) {
        return "agenda-surat-keluar-" + officeCode + "-" + period.from() + "-" + period.to() + ".xlsx";
    }

    /** The workbook in the reader's language; every copy handed out is on the audit trail (UU 27/2022). */
    byte[] workbook(String officeCode, RegisterPeriod period, @Nullable LetterKind kind, Locale locale) {
        List<RegisterEntry> entries = entries(officeCode, period, kind);
        audit.record(AuditEvent.exported("letter-register", fileName(officeCode, period))
                .inOffice(officeCode)
                .detail(period.from() + ".." + period.to() + (kind == null ? "" : " " + kind.slug())));
        String officeName =
                letterheads.find(officeCode).map(Letterhead::officeName).orElse(officeCode);
        var labels = new RegisterWorkbook.Labels(
                text("letter.register.title", locale),
                text("letter.register.office", locale),
                text("letter.register.period", locale),
                List.of(
                        text("letter.register.column.no", locale),
                        text("letter.register.column.number", locale),
                        text("letter.register.column.date", locale),
                        text("letter.register.column.kind", locale),
                        text("letter.register.column.subject", locale),
                        text("letter.register.column.addressee", locale),
                        text("letter.register.column.applicant", locale),
                        text("letter.register.column.signer", locale),
                        text("letter.register.column.remarks", locale)),
                text("letter.register.revoked", locale),
                k -> text(k.messageKey(), locale));
        return RegisterWorkbook.write(officeName, period, entries, labels);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
