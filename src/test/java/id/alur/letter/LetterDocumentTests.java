package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterDocumentTests {

    @Test
    void readsBackFromItsStoredSnapshotEveryFieldIncludingTheLogo() throws Exception {
        var base = LetterFixtures.document(LetterKind.LEMBAR_DISPOSISI, "460/7/DINSOS-2025", "http://x/publik/v/abc");
        byte[] logo = LetterServiceIntegrationTests.png(20, 24);
        var letterhead = new Letterhead(
                "dinsos-solok", "Pemerintah", "Dinas Sosial", "Jl. Raya", "Telp", "Arosuka", logo, "image/png", 3);
        var document = new LetterDocument(
                base.kind(),
                base.officeCode(),
                base.zone(),
                base.number(),
                base.issuedOn(),
                letterhead,
                base.subject(),
                base.addressee(),
                base.applicant(),
                base.trackingNumber(),
                base.sopName(),
                base.approvals(),
                base.signer(),
                base.verificationUrl(),
                false);

        var read = LetterDocument.fromJson(document.asOfficeCopy().toJson());

        assertThat(read.officeCopy()).isFalse();
        assertThat(read.letterhead().logo()).isEqualTo(logo);
        assertThat(read.letterhead().logoDataUri()).isEqualTo(letterhead.logoDataUri());
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("letterhead.logo")
                .isEqualTo(document);
        assertThat(read.approvals().getFirst().recordedAt())
                .isEqualTo(document.approvals().getFirst().recordedAt());
        assertThat(read.zone()).isEqualTo(base.zone());
    }
}
