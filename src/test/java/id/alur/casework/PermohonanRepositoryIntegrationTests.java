package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class PermohonanRepositoryIntegrationTests {

    @Autowired
    PermohonanRepository repository;

    @Autowired
    PermohonanViews views;

    static final Random random = new Random(20260312L);

    static PermohonanRepository.NewPermohonan permohonan(String office, String nik) {
        return new PermohonanRepository.NewPermohonan(
                office,
                "kis-surat-pengantar",
                "Pelayanan Surat Pengantar Pembuatan KIS",
                nik,
                "Siti <b>Aminah</b>",
                LocalDate.of(1985, 8, 17),
                Sex.FEMALE,
                "3317011203150007",
                "Jl. Pemuda 12",
                "33.17.01.2002",
                "Logede, Sumber, Kabupaten Rembang, Jawa Tengah",
                "081234567890",
                null,
                false,
                false,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                "petugas");
    }

    @Test
    void storesAPermohonanWithItsHouseholdChecklistAndScans() {
        String office = "repo-" + random.nextInt(1_000_000);
        var tracking = TrackingNumber.generate(2026, random);
        var id = repository
                .insert(permohonan(office, "3317015708850002"), tracking)
                .orElseThrow();
        byte[] pdf = SampleScans.pdf("KK");
        var checked = DocumentContent.check("f", pdf, 5L << 20);
        var document = repository.insertDocument(id, office, "kk.pdf", checked, pdf, null, Instant.now(), "petugas");
        repository.insertChecklistItem(id, 0, "Fotocopy KK", true, document, false);
        repository.insertChecklistItem(id, 1, "SKTM", false, null, false);
        repository.insertHouseholdMember(id, 0, "3317010101100003", "Budi", Relationship.ANAK);
        repository.insertNote(id, "Pemohon datang sendiri", "petugas", "Petugas", "petugas-pelayanan", Instant.now());

        var view = views.find(id).orElseThrow();

        assertThat(view.trackingNumber()).isEqualTo(tracking.value());
        assertThat(view.applicant().name()).isEqualTo("Siti <b>Aminah</b>");
        assertThat(view.applicant().maskedNik()).isEqualTo("3317••••••••0002");
        assertThat(view.householdMembers())
                .containsExactly(new HouseholdMemberView("3317010101100003", "Budi", Relationship.ANAK));
        assertThat(view.checklist())
                .containsExactly(
                        new ChecklistItemView(0, "Fotocopy KK", true, document),
                        new ChecklistItemView(1, "SKTM", false, null));
        assertThat(view.missingRequirements()).containsExactly("SKTM");
        assertThat(view.documents()).singleElement().satisfies(d -> {
            assertThat(d.contentType()).isEqualTo("application/pdf");
            assertThat(d.sha256()).isEqualTo(DocumentContent.sha256(pdf));
        });
        assertThat(view.notes()).extracting(NoteView::body).containsExactly("Pemohon datang sendiri");
        assertThat(views.document(document).orElseThrow().content()).isEqualTo(pdf);
        assertThat(views.heads(List.of(id))).containsOnlyKeys(id);
    }

    @Test
    void refusesATrackingNumberTakenAlready() {
        String office = "repo-" + random.nextInt(1_000_000);
        var tracking = TrackingNumber.generate(2026, random);

        assertThat(repository.insert(permohonan(office, "3317015708850002"), tracking))
                .isPresent();
        assertThat(repository.insert(permohonan(office, "3317010101900001"), tracking))
                .isEmpty();
    }

    @Test
    void findsTheOpenPermohonanOfANikUntilItCloses() {
        String office = "repo-" + random.nextInt(1_000_000);
        var tracking = TrackingNumber.generate(2026, random);
        var id = repository
                .insert(permohonan(office, "3317015708850002"), tracking)
                .orElseThrow();

        assertThat(repository.openTrackingNumber(office, "kis-surat-pengantar", "3317015708850002"))
                .contains(tracking.value());
        assertThat(views.findIdByTracking(tracking.value(), "0002")).contains(id);
        assertThat(views.findIdByTracking(tracking.value(), "0003")).isEmpty();

        assertThat(repository.close(id, PermohonanStatus.FINISHED, Instant.now()))
                .isEqualTo(1);
        assertThat(repository.close(id, PermohonanStatus.CANCELLED, Instant.now()))
                .isZero();
        assertThat(repository.openTrackingNumber(office, "kis-surat-pengantar", "3317015708850002"))
                .isEmpty();
    }

    @Test
    void keepsThePapersRulePerOfficeAndSop() {
        String office = "repo-" + random.nextInt(1_000_000);

        assertThat(repository.papersRule("kemenag-jaksel", "kis-pns")).isEqualTo(IncompletePapersRule.REFUSE);
        assertThat(repository.papersRule("dinkes-belitung", "jkn-kis-pendaftaran-baru"))
                .isEqualTo(IncompletePapersRule.RETURN_TO_APPLICANT);
        assertThat(repository.papersRule(office, "x")).isEqualTo(IncompletePapersRule.OFFICER_DECIDES);

        repository.setPapersRule(office, "x", IncompletePapersRule.REFUSE);

        assertThat(repository.papersRule(office, "x")).isEqualTo(IncompletePapersRule.REFUSE);
    }
}
