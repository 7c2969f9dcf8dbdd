package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class SopDocumentControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    long kaltaraDraft() {
        return sops.createDraft(
                        "uji-dokumen-" + UUID.randomUUID(),
                        "003-dinsos-kaltara.sop.yaml",
                        SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
    }

    @Test
    void showsTheDocumentOfAVersionWithItsDownloads() throws Exception {
        long id = kaltaraDraft();

        String html = mvc.perform(get("/sop/versi/" + id).header("Accept-Language", "id"))
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
    void downloadsThePdfNamedAfterTheCodeAndVersion() throws Exception {
        long id = kaltaraDraft();

        byte[] pdf = mvc.perform(get("/sop/versi/" + id + ".pdf"))
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

        byte[] xml = mvc.perform(get("/sop/versi/" + id + ".bpmn"))
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
        mvc.perform(get("/sop/dokumen/font/DejaVuSans.ttf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("font/ttf"));
        mvc.perform(get("/sop/dokumen/font/Lain.ttf")).andExpect(status().isNotFound());
    }

    @Test
    void answersNotFoundForAnUnknownVersion() throws Exception {
        mvc.perform(get("/sop/versi/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/sop/versi/999999999.pdf")).andExpect(status().isNotFound());
    }
}
