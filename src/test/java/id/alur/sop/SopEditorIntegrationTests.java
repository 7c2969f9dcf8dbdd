package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The SOP editor's form is saved as the draft's {@code *.sop.yaml} text; a form with errors answers 422 naming the
 * form field and the line of the text, and stores nothing; a saved draft opens again in the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopEditorIntegrationTests {

    static final String OFFICE = "dinsos-kaltara";

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    @Autowired
    id.alur.platform.AuditTrail audit;

    static AlurUser admin(String office, String username) {
        return new AlurUser(
                username,
                null,
                "Admin Kantor",
                true,
                office,
                "Kantor",
                ZoneId.of("Asia/Makassar"),
                Set.of(Role.OFFICE_ADMIN));
    }

    /**
     * A small SOP as the form posts it: two lanes, a decision returning the papers, a letter handed over; each pair of
     * {@code changes} (field, value) replaces or adds a field.
     */
    static MockHttpServletRequestBuilder smallSop(
            MockHttpServletRequestBuilder request, String code, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] form = {
            "identitas.instansi", "Pemerintah Provinsi Kalimantan Utara",
            "identitas.unit", "DINAS SOSIAL",
            "identitas.nomor", "011/DS/KU/2026",
            "identitas.nama", "Rekomendasi Uji Editor",
            "identitas.tanggal_pembuatan", "2026-01-05",
            "identitas.tanggal_efektif", "2026-01-12",
            "identitas.disahkan_oleh.jabatan", "Kepala Dinas",
            "identitas.disahkan_oleh.nama", "Budi Santoso",
            "identitas.disahkan_oleh.nip", "19700101 199001 1 001",
            "dasar_hukum", "Undang-Undang Nomor 40 Tahun 2004\nPermenPAN-RB 35/2012",
            "pelaksana[0].id", "kepala-dinas",
            "pelaksana[0].nama", "Kepala Dinas",
            "pelaksana[0].jenis", "jabatan",
            "pelaksana[1].id", "pengadministrasi-umum",
            "pelaksana[1].nama", "Pengadministrasi Umum",
            "pelaksana[1].jenis", "jabatan",
            "kegiatan[0].uraian", "Menerima permohonan: berkas lengkap",
            "kegiatan[0].pelaksana", "pengadministrasi-umum",
            "kegiatan[0].simbol", "terminator",
            "kegiatan[0].mutu_baku.kelengkapan", "Surat permohonan\nFotokopi KTP",
            "kegiatan[0].mutu_baku.waktu", "15 menit",
            "kegiatan[1].uraian", "Memeriksa dan menyetujui",
            "kegiatan[1].pelaksana", "kepala-dinas",
            "kegiatan[1].simbol", "keputusan",
            "kegiatan[1].ya", "3",
            "kegiatan[1].tidak", "pemohon",
            "kegiatan[1].mutu_baku.waktu", "1 jam",
            "kegiatan[2].uraian", "Menyerahkan surat rekomendasi",
            "kegiatan[2].pelaksana", "pengadministrasi-umum",
            "kegiatan[2].simbol", "terminator",
            "kegiatan[2].mutu_baku.output", "Surat Rekomendasi"
        };
        fields.put("kode", code);
        for (int i = 0; i < form.length; i += 2) {
            fields.put(form[i], form[i + 1]);
        }
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(request::param);
        return request.with(user(admin(OFFICE, "kaltara.admin"))).with(csrf());
    }

    static String code() {
        return "uji-editor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    boolean stored(String code) {
        return sops.versions(OFFICE).stream().anyMatch(v -> v.code().equals(code));
    }

    @Test
    void savesTheFormAsTheDraftsSopFileAndOpensItAgainInTheForm() throws Exception {
        String code = code();
        String location = mvc.perform(smallSop(post("/admin/offices/" + OFFICE + "/sop/baru"), code))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        SopVersionView draft = sops.versions(OFFICE).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(location)
                .isEqualTo("/admin/offices/" + OFFICE + "/sop/" + draft.id().value() + "/ubah");
        Sop sop = draft.sop();
        assertThat(draft.status()).isEqualTo(SopStatus.DRAFT);
        assertThat(sop.header().legalBasis())
                .containsExactly("Undang-Undang Nomor 40 Tahun 2004", "PermenPAN-RB 35/2012");
        assertThat(sop.activity(1).orElseThrow().description()).isEqualTo("Menerima permohonan: berkas lengkap");
        assertThat(sop.activity(2).orElseThrow().decision())
                .isEqualTo(new Decision(new Branch.ToStep(3), new Branch.ToApplicant()));
        assertThat(SopForm.of(sop).toYaml()).isEqualTo(draft.sourceText());

        String page = mvc.perform(get(location).with(user(admin(OFFICE, "kaltara.admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Menerima permohonan: berkas lengkap", "Surat Rekomendasi", "<svg");

        mvc.perform(smallSop(
                        post(location).param("revisi", Integer.toString(sops.revision(draft.id()))),
                        code,
                        "kegiatan[2].uraian",
                        "Menyerahkan surat kepada pemohon"))
                .andExpect(status().is3xxRedirection());
        assertThat(sops.get(draft.id()).sop().activity(3).orElseThrow().description())
                .isEqualTo("Menyerahkan surat kepada pemohon");
        assertThat(sops.get(draft.id()).version()).isEqualTo(draft.version());
    }

    /** Issue 14 item 4: a draft saved from the editor is an admin action on record; a refused save leaves none. */
    @Test
    void aSaveFromTheEditorIsOnTheAuditTrailAndARefusedOneIsNot() throws Exception {
        String code = code();
        String location = mvc.perform(smallSop(post("/admin/offices/" + OFFICE + "/sop/baru"), code))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        SopVersionView draft = sops.versions(OFFICE).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
        int revision = sops.revision(draft.id());
        mvc.perform(smallSop(
                        post(location).param("revisi", Integer.toString(revision)),
                        code,
                        "kegiatan[2].uraian",
                        "Menyerahkan surat kepada pemohon"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(smallSop(
                        post(location).param("revisi", Integer.toString(sops.revision(draft.id()))),
                        code,
                        "kegiatan[1].pelaksana",
                        "sekretaris"))
                .andExpect(status().is(422));

        var recorded = audit.find(id.alur.platform.AuditQuery.about(
                        "sop-version", String.valueOf(draft.id().value()), 10)
                .inOffices(java.util.List.of(OFFICE)));
        assertThat(recorded)
                .extracting(
                        id.alur.platform.AuditRecord::actor,
                        id.alur.platform.AuditRecord::action,
                        id.alur.platform.AuditRecord::officeCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kaltara.admin", "sop.draft-saved", OFFICE),
                        org.assertj.core.groups.Tuple.tuple("kaltara.admin", "sop.draft-created", OFFICE));
        assertThat(recorded.getFirst().detail()).isEqualTo(code + " v" + draft.version());
    }

    @Test
    void refusesAnUnknownLaneWith422NamingTheFieldAndLineAndStoresNothing() throws Exception {
        String code = code();
        String page = mvc.perform(smallSop(
                        post("/admin/offices/" + OFFICE + "/sop/baru"), code, "kegiatan[1].pelaksana", "sekretaris"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-field=\"kegiatan[1].pelaksana\"", "Kegiatan 2 · Pelaksana", "baris ")
                .contains("Langkah 2: pelaksana sekretaris tidak ada dalam daftar pelaksana.")
                .contains("value=\"sekretaris\"");
        assertThat(stored(code)).isFalse();
    }

    @Test
    void refusesADecisionBranchingToItselfWith422AndStoresNothing() throws Exception {
        String code = code();
        String page = mvc.perform(
                        smallSop(post("/admin/offices/" + OFFICE + "/sop/baru"), code, "kegiatan[1].tidak", "2"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-field=\"kegiatan[1].tidak\"", "Kegiatan 2 · Tidak", "menuju langkah itu sendiri");
        assertThat(stored(code)).isFalse();
    }

    @Test
    void previewsProblemsAndFlowchartWithoutStoring() throws Exception {
        String code = code();
        String json = mvc.perform(smallSop(
                        post("/admin/offices/" + OFFICE + "/sop/pratinjau"), code, "kegiatan[2].pelaksana", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"valid\":false", "\"field\":\"kegiatan[2]", "\"severity\":\"error\"");
        String valid = mvc.perform(smallSop(post("/admin/offices/" + OFFICE + "/sop/pratinjau"), code))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(valid).contains("\"valid\":true", "<svg", "kode: " + code);
        assertThat(stored(code)).isFalse();
    }

    @Test
    void hidesAnotherOfficesEditorAndDrafts() throws Exception {
        String code = code();
        mvc.perform(smallSop(post("/admin/offices/" + OFFICE + "/sop/baru"), code))
                .andExpect(status().is3xxRedirection());
        long id = sops.versions(OFFICE).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        AlurUser rembang = admin("dinsosppkb-rembang", "rembang.admin");
        mvc.perform(get("/admin/offices/" + OFFICE + "/sop/baru").with(user(rembang)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/offices/" + OFFICE + "/sop/" + id + "/ubah").with(user(rembang)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/offices/dinsosppkb-rembang/sop/" + id + "/ubah").with(user(rembang)))
                .andExpect(status().isNotFound());
    }
}
