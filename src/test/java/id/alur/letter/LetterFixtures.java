package id.alur.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Small builders of letter data for the tests of this package. */
final class LetterFixtures {

    private LetterFixtures() {}

    static Letterhead letterhead(String officeCode) {
        return new Letterhead(
                officeCode,
                "Pemerintah Kabupaten Solok",
                "Dinas Sosial",
                "Jl. Raya Koto Baru, Kabupaten Solok",
                "Telepon (0755) 31234",
                "Arosuka",
                null,
                null,
                0);
    }

    /** The letterhead with a region code (issue 12 item 9). */
    static Letterhead withRegion(Letterhead letterhead, String regionCode) {
        return new Letterhead(
                letterhead.officeCode(),
                letterhead.governmentName(),
                letterhead.officeName(),
                letterhead.address(),
                letterhead.contact(),
                letterhead.place(),
                letterhead.logo(),
                letterhead.logoMediaType(),
                letterhead.version(),
                regionCode);
    }

    static LetterDocument.Applicant applicant() {
        return new LetterDocument.Applicant(
                "Siti Aminah Harahap",
                "1302015708800002",
                LocalDate.of(1980, 8, 17),
                "Jorong Koto Baru, Nagari Koto Baru",
                List.of(new LetterDocument.Person("Rahmat Hidayat", "1302011203050001")),
                List.of(
                        new LetterDocument.Requirement("Fotokopi KK", true),
                        new LetterDocument.Requirement("Fotokopi KTP", true)));
    }

    static LetterDocument.Signer signer() {
        return new LetterDocument.Signer(
                null,
                "Kepala Dinas Sosial",
                "Muliadi Marcos, SE, MM",
                "Pembina Utama Muda (IV/c)",
                "197203031992021001");
    }

    static Approval paraf(int step, String title, String name) {
        return new Approval(
                step,
                Approval.Role.PARAF,
                "user" + step,
                name,
                "position-" + step,
                title,
                "Penata (III/c)",
                "198001012005011001",
                null,
                null,
                "Setuju, teruskan.",
                Instant.parse("2025-08-12T02:15:00Z"));
    }

    static LetterDocument document(LetterKind kind, String number, String verificationUrl) {
        return new LetterDocument(
                kind,
                "dinsos-solok",
                ZoneId.of("Asia/Jakarta"),
                number,
                LocalDate.of(2025, 8, 12),
                letterhead("dinsos-solok"),
                "Permohonan Penerbitan KIS",
                "Kepala BPJS Kesehatan Kantor Cabang Solok",
                applicant(),
                "SLK-2025-000123",
                "Fasilitasi Pengurusan Jaminan Kesehatan yang Dibiayai Pemerintah",
                List.of(paraf(5, "Koordinator Pelayanan", "Yusnani Putri")),
                signer(),
                verificationUrl,
                false);
    }
}
