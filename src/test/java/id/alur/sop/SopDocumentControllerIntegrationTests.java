package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class SopDocumentControllerIntegrationTests {

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    /** A new office of this test's own, and an officer who works in it (real: the session checks its user). */
    String office;

    AlurUser signedIn;

    @BeforeEach
    void newOffice() {
        var data = new OfficeTestData(offices);
        office = data.office();
        signedIn = data.signedIn(userDetails, data.user(office, OfficeTestData.PETUGAS));
    }

    RequestPostProcessor officer() {
        return user(signedIn);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    @Autowired
    ApplicationContext context;

    long kaltaraDraft() {
        return sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
    }

    @Test
    void showsTheDocumentOfAVersionWithItsDownloads() throws Exception {
        long id = kaltaraDraft();

        String html = mvc.perform(
                        get("/sop/versi/" + id).header("Accept-Language", "id").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Rekomendasi Berobat / Pendaftaran Peserta PBI/KIS")
                .contains("<svg")
                .contains("href=\"" + id + ".pdf\"", "href=\"" + id + ".bpmn\"")
                .contains("Unduh BPMN")
                .contains("../dokumen/font/DejaVuSans.ttf");
    }

    @Test
    void printsTheTanggalEfektifTheVersionWasPublishedWith() throws Exception {
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        long id = kaltaraDraft();
        // The text says 01 Februari 2025; the admin puts the version in force three days from now.
        LocalDate on = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3);
        sops.publish(new SopVersionId(id), on);

        String html = mvc.perform(
                        get("/sop/versi/" + id).header("Accept-Language", "id").with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("id"))
                        .format(on))
                .doesNotContain("1 Februari 2025");
    }

    @Test
    void downloadsThePdfNamedAfterTheCodeAndVersion() throws Exception {
        long id = kaltaraDraft();

        byte[] pdf = mvc.perform(get("/sop/versi/" + id + ".pdf").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("kis-rekomendasi-berobat-v")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(pdf).startsWith("%PDF-".getBytes());
    }

    @Test
    void downloadsTheBpmnExportWithTheSopCodeAsProcessId() throws Exception {
        long id = kaltaraDraft();

        byte[] xml = mvc.perform(get("/sop/versi/" + id + ".bpmn").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/bpmn+xml"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        assertThat((Object) model.getModelElementById("kis-rekomendasi-berobat"))
                .isNotNull();
        assertThat(model.getModelElementsByType(ExclusiveGateway.class)).hasSize(2);
    }

    @Test
    void servesTheDocumentFontAndNothingElseFromTheFontFolder() throws Exception {
        mvc.perform(get("/sop/dokumen/font/DejaVuSans.ttf").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("font/ttf"));
        mvc.perform(get("/sop/dokumen/font/Lain.ttf").with(officer())).andExpect(status().isNotFound());
    }

    @Test
    void answersNotFoundForAnUnknownVersion() throws Exception {
        mvc.perform(get("/sop/versi/999999999").with(officer())).andExpect(status().isNotFound());
        mvc.perform(get("/sop/versi/999999999.pdf").with(officer())).andExpect(status().isNotFound());
    }
}
