package id.alur.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a letter template shows: a snapshot taken when the letter is issued, so re-rendering never changes what
 * was signed.
 *
 * @param officeCopy the office's copy (arsip), which also shows the reviewers' paraf; the copy handed out does not
 */
record LetterDocument(
        LetterKind kind,
        String officeCode,
        ZoneId zone,
        String number,
        LocalDate issuedOn,
        Letterhead letterhead,
        String subject,
        String addressee,
        Applicant applicant,
        String trackingNumber,
        String sopName,
        List<Approval> approvals,
        Signer signer,
        String verificationUrl,
        boolean officeCopy,
        @Nullable List<LetterTemplate.Paragraph> body) {

    LetterDocument {
        approvals = List.copyOf(approvals);
        body = body == null ? null : List.copyOf(body);
    }

    /** A snapshot without a resolved body yet (see {@link #withBody}). */
    LetterDocument(
            LetterKind kind,
            String officeCode,
            ZoneId zone,
            String number,
            LocalDate issuedOn,
            Letterhead letterhead,
            String subject,
            String addressee,
            Applicant applicant,
            String trackingNumber,
            String sopName,
            List<Approval> approvals,
            Signer signer,
            String verificationUrl,
            boolean officeCopy) {
        this(
                kind,
                officeCode,
                zone,
                number,
                issuedOn,
                letterhead,
                subject,
                addressee,
                applicant,
                trackingNumber,
                sopName,
                approvals,
                signer,
                verificationUrl,
                officeCopy,
                null);
    }

    /** This snapshot with its body resolved from the office's template, as it is stored with the letter. */
    LetterDocument withBody(List<LetterTemplate.Paragraph> paragraphs) {
        return new LetterDocument(
                kind,
                officeCode,
                zone,
                number,
                issuedOn,
                letterhead,
                subject,
                addressee,
                applicant,
                trackingNumber,
                sopName,
                approvals,
                signer,
                verificationUrl,
                officeCopy,
                paragraphs);
    }

    /**
     * The paragraphs of the body as printed: the ones resolved when the letter was issued, or, for a letter issued
     * before offices wrote their templates (no body in its snapshot), the standard body of its kind, which is the
     * text those letters had.
     */
    public List<LetterTemplate.Paragraph> paragraphs() {
        if (body != null) {
            return body;
        }
        if (!LetterTemplate.hasBody(kind)) {
            return List.of();
        }
        return LetterTemplate.standard(kind).resolve(new LetterTemplate.Values(this, null));
    }

    LetterDocument asOfficeCopy() {
        return withOfficeCopy(true);
    }

    /**
     * The snapshot as stored with the letter (column {@code letter.document}), always as the issued copy: the office
     * copy is derived from it.
     */
    String toJson() {
        return JSON.writeValueAsString(officeCopy ? withOfficeCopy(false) : this);
    }

    /** The snapshot read back from {@link #toJson()}, as the issued copy. */
    static LetterDocument fromJson(String json) {
        return JSON.readValue(json, LetterDocument.class);
    }

    private LetterDocument withOfficeCopy(boolean copy) {
        return new LetterDocument(
                kind,
                officeCode,
                zone,
                number,
                issuedOn,
                letterhead,
                subject,
                addressee,
                applicant,
                trackingNumber,
                sopName,
                approvals,
                signer,
                verificationUrl,
                copy,
                body);
    }

    /** The reviewers' paraf, in step order, shown on the office copy. */
    public List<Approval> parafs() {
        return approvals.stream()
                .filter(a -> a.role() == Approval.Role.PARAF)
                .sorted(Comparator.comparingInt(Approval::step))
                .toList();
    }

    /** Every paraf and the signature approval, in step order (the disposition chain of a Lembar Disposisi). */
    public List<Approval> approvalsInOrder() {
        return approvals.stream()
                .sorted(Comparator.comparingInt(Approval::step))
                .toList();
    }

    /** When an approval was given, in the office's time zone, e.g. "12-08-2025 09:15". */
    public String timeOf(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A NIP grouped as printed on official documents (8 6 1 3 digits), or as given if not 18 digits. */
    static String nipAsWritten(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return nip;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
    }

    // Jackson 3 writes java.time values as ISO text and byte[] (the logo) as Base64; records by their components.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** The applicant as the letter names them; {@code members} are the household members the request covers. */
    record Applicant(
            String name,
            String nik,
            LocalDate birthDate,
            String address,
            List<Person> members,
            List<Requirement> requirements) {

        Applicant {
            members = List.copyOf(members);
            requirements = List.copyOf(requirements);
        }
    }

    record Person(String name, String nik) {}

    /** One line of the document checklist (Kelengkapan) and whether the paper was there. */
    record Requirement(String name, boolean present) {}

    /**
     * The signer block: {@code capacity} is the "a.n. …" line when signing for a higher official, {@code title}
     * carries "Plh."/"Plt." when acting for an absent one.
     */
    record Signer(String capacity, String title, String name, String rank, String nip) {

        public String nipAsWritten() {
            return LetterDocument.nipAsWritten(nip);
        }
    }
}
