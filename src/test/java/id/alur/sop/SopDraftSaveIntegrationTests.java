package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Saving a draft through the browser editor: a round trip through the form keeps the comments of seed 003's file,
 * every {@code # inferred:} mark included, and drops only the mark of a value the admin changed (issue 12 item 2); two
 * admins editing the same draft do not overwrite each other: the second save, made from the revision both opened, is
 * 409 naming who saved first, and nothing of it is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopDraftSaveIntegrationTests {

    private static final Pattern INFERRED = Pattern.compile("#\\s*(inferred:.*)$", Pattern.MULTILINE);

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    OfficeTestData data;
    String office;
    String firstName;
    AlurUser first;
    AlurUser second;
    SopVersionView draft;

    @BeforeEach
    void aDraftOfSeed003AndTwoAdministrators() {
        data = new OfficeTestData(offices);
        office = data.office();
        firstName = data.officeAdmin(office);
        first = data.signedIn(userDetails, firstName);
        second = data.signedIn(userDetails, data.officeAdmin(office));
        draft = sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));
    }

    static List<String> inferred(String text) {
        Matcher matcher = INFERRED.matcher(text);
        return matcher.results().map(m -> m.group(1).strip()).toList();
    }

    /** The form exactly as the editor page shows the draft, as the browser posts it back, with the revision it shows. */
    static Map<String, String> formOf(Sop sop) {
        SopForm form = SopForm.of(sop);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kode", form.code());
        SopForm.IDENTITY.forEach(field -> fields.put(field, form.value(field)));
        SopForm.LISTS.forEach(field -> fields.put(field, form.value(field)));
        for (int i = 0; i < form.lanes().size(); i++) {
            SopForm.Lane lane = form.lanes().get(i);
            fields.put("pelaksana[" + i + "].id", lane.id());
            fields.put("pelaksana[" + i + "].nama", lane.name());
            fields.put("pelaksana[" + i + "].jenis", lane.kind());
        }
        for (int i = 0; i < form.rows().size(); i++) {
            SopForm.Row row = form.rows().get(i);
            String p = "kegiatan[" + i + "].";
            fields.put(p + "uraian", row.description());
            fields.put(p + "pelaksana", row.actor());
            fields.put(p + "simbol", row.symbol());
            fields.put(p + "mutu_baku.kelengkapan", row.requirements());
            fields.put(p + "mutu_baku.waktu", row.time());
            if (row.calendarTime()) {
                fields.put(p + "mutu_baku.waktu_kalender", "on");
            }
            fields.put(p + "mutu_baku.output", row.output());
            fields.put(p + "keterangan", row.remarks());
            fields.put(p + "lanjut", row.next());
            fields.put(p + "ya", row.ya());
            fields.put(p + "tidak", row.tidak());
        }
        return fields;
    }

    /** The revision the editor page of the draft carries in its hidden field, as that admin opened it. */
    String openedRevision(AlurUser admin) throws Exception {
        String html = mvc.perform(get(editor()).with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("name=\"revisi\" value=\"(\\d+)\"").matcher(html);
        assertThat(matcher.find()).as("the editor's hidden revision field").isTrue();
        return matcher.group(1);
    }

    String editor() {
        return "/admin/offices/" + office + "/sop/" + draft.id().value() + "/ubah";
    }

    MockHttpServletResponse save(AlurUser admin, Map<String, String> fields, String revision) throws Exception {
        MockHttpServletRequestBuilder request = post(editor()).param("revisi", revision);
        fields.forEach(request::param);
        return mvc.perform(request.with(user(admin)).with(csrf())).andReturn().getResponse();
    }

    String stored() {
        return sops.get(draft.id()).sourceText();
    }

    @Test
    void aRoundTripThroughTheFormKeepsEveryInferredMarkAndComment() throws Exception {
        String seed = SopFormat.seedSource("dinsos-kaltara");
        assertThat(inferred(seed)).hasSizeGreaterThan(10);

        MockHttpServletResponse response = save(first, formOf(draft.sop()), openedRevision(first));

        assertThat(response.getStatus()).isEqualTo(302);
        String saved = stored();
        assertThat(inferred(saved)).isEqualTo(inferred(seed));
        assertThat(saved)
                .contains("# Seed 003: Dinas Sosial Provinsi Kalimantan Utara")
                .contains("# The seed's column reads \"Persyaratan / Kelengkapan\".")
                .contains("pelaksana: pengadministrasi-umum # inferred: incoming mail with a disposition sheet");
        assertThat(SopFormat.parse("saved.sop.yaml", saved.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(SopFormat.parse(
                        "seed.sop.yaml", SopForm.of(draft.sop()).toYaml().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theMarkOfAValueTheAdminChangedIsDroppedAndTheOthersStay() throws Exception {
        Map<String, String> form = formOf(draft.sop());
        // Row 1's lane was inferred; the admin now says it is the Kepala Dinas's.
        form.put("kegiatan[0].pelaksana", "kepala-dinas");

        assertThat(save(first, form, openedRevision(first)).getStatus()).isEqualTo(302);

        List<String> expected = inferred(SopFormat.seedSource("dinsos-kaltara")).stream()
                .filter(mark -> !mark.startsWith("inferred: incoming mail with a disposition sheet"))
                .toList();
        assertThat(inferred(stored())).isEqualTo(expected);
        assertThat(stored()).contains("pelaksana: kepala-dinas\n");
    }

    @Test
    void theSecondOfTwoAdminsSavingTheSameDraftIsRefusedAndNothingOfItIsWritten() throws Exception {
        String openedByFirst = openedRevision(first);
        String openedBySecond = openedRevision(second);
        Map<String, String> firstForm = formOf(draft.sop());
        firstForm.put("identitas.nomor", "012/DS/KU/2026");
        Map<String, String> secondForm = formOf(draft.sop());
        secondForm.put("identitas.nomor", "099/DS/KU/2026");

        assertThat(save(first, firstForm, openedByFirst).getStatus()).isEqualTo(302);
        String afterFirst = stored();
        MockHttpServletResponse refused = save(second, secondForm, openedBySecond);

        assertThat(refused.getStatus()).isEqualTo(409);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("telah disimpan orang lain sejak formulir ini dibuka")
                .contains("Disimpan oleh " + firstName + " pada ")
                .contains("099/DS/KU/2026")
                .contains("href=\"" + editor() + "\"");
        assertThat(stored()).isEqualTo(afterFirst).contains("nomor: 012/DS/KU/2026");

        // Saving the same form again is refused again: it still says the old revision.
        assertThat(save(second, secondForm, openedBySecond).getStatus()).isEqualTo(409);
        // Opened afresh, the second admin's save goes through.
        assertThat(save(second, secondForm, openedRevision(second)).getStatus()).isEqualTo(302);
        assertThat(stored()).contains("nomor: 099/DS/KU/2026");
    }

    @Test
    void aSaveWithoutTheRevisionItWasOpenedAtIsRefused() throws Exception {
        String before = stored();

        assertThat(save(first, formOf(draft.sop()), "").getStatus()).isEqualTo(409);
        assertThat(stored()).isEqualTo(before);
    }
}
