package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.workflow.CaseId;
import id.alur.workflow.WorkflowService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * BPJS Kesehatan's own users on the exchange (issue 16 item 1): the front desk sends the usulan, BPJS's user of the
 * office downloads the batches of its lane and uploads, previews and applies the answer itself; it sees no case that
 * waits outside a batch, no batch of another lane or office, and cannot make a batch.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BpjsOutsidePartyIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    BpjsRepository repository;

    @Autowired
    AuditTrail audit;

    AlurUser bpjsUser(BpjsOffice office) {
        return office.data.signedIn(userDetails, office.data.user(office.code, OfficeTestData.BPJS));
    }

    @Test
    void bpjsUserAnswersTheBatchOfItsLaneItselfAndTheCasesMoveOn() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var active = office.atBpjs("Sari Handayani");
        var refused = office.atBpjs("Ratna Dewi");
        long batch = office.createBatch("CSV");
        var outside = office.atBpjs("Belum Dikirim");
        var bpjs = bpjsUser(office);

        mvc.perform(get("/bpjs").with(user(bpjs)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Usulan nomor 1")))
                // the case waiting outside any batch and the form that sends it are the front desk's
                .andExpect(content()
                        .string(Matchers.not(
                                Matchers.containsString(outside.applicant().name()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("new-batch-"))));
        String file = mvc.perform(get("/bpjs/usulan/{b}/berkas", batch).with(user(bpjs)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(file).contains(active.applicant().nik(), refused.applicant().nik());
        assertThat(audit.find(AuditQuery.about("file", "usulan-bpjs-" + office.code + "-1.csv", 5)))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bpjs-batch.exported", bpjs.username()));

        byte[] answer = ("NIK,NO_KIS,STATUS,KETERANGAN\n" + active.applicant().nik() + ",0002223334445,aktif,\n"
                        + refused.applicant().nik() + ",,ditolak,Sudah terdaftar sebagai peserta mandiri\n")
                .getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/bpjs/usulan/{b}/jawaban", batch)
                        .file(new MockMultipartFile("file", "jawaban.csv", "text/csv", answer))
                        .with(user(bpjs))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(user(bpjs)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 baris cocok, 0 tidak cocok")));
        mvc.perform(post(location + "/terapkan").with(user(bpjs)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(office.stepOf(active).positionCode()).isEqualTo(OfficeTestData.PETUGAS);
        var bpjsStep = workflow.history(new CaseId(active.workflowCaseId())).steps().stream()
                .filter(s -> s.positionCode().equals(OfficeTestData.BPJS))
                .findFirst()
                .orElseThrow();
        // recorded by BPJS's own user in its own lane, not by the front desk on its behalf
        assertThat(bpjsStep.closedBy()).isEqualTo(bpjs.username());
        assertThat(bpjsStep.resultReference()).isEqualTo("0002223334445");
        assertThat(permohonan.find(refused.id(), office.code).notes())
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.positionCode()).isEqualTo(OfficeTestData.BPJS);
                    assertThat(n.body()).contains("Sudah terdaftar sebagai peserta mandiri");
                });
    }

    @Test
    void bpjsUserMakesNoBatchAndSeesNoOtherLanesOrOfficesBatches() throws Exception {
        var office = new BpjsOffice(context, mvc);
        office.atBpjs("Wulan Sari");
        long batch = office.createBatch("CSV");
        long otherLane = repository.insertBatch(
                office.code,
                repository.nextNumber(office.code),
                "dinkes-provinsi",
                BpjsFormat.CSV,
                BpjsLayout.standard(),
                "uji",
                Instant.now());
        var other = new BpjsOffice(context, mvc);
        other.atBpjs("Kantor Lain");
        long otherOffice = other.createBatch("CSV");
        var bpjs = bpjsUser(office);

        mvc.perform(post("/bpjs/usulan")
                        .param("lane", OfficeTestData.BPJS)
                        .param("format", "CSV")
                        .with(user(bpjs))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        for (long hidden : List.of(otherLane, otherOffice)) {
            mvc.perform(get("/bpjs/usulan/{b}", hidden).with(user(bpjs))).andExpect(status().isNotFound());
            mvc.perform(get("/bpjs/usulan/{b}/berkas", hidden).with(user(bpjs))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/bpjs/usulan/{b}", batch).with(user(bpjs))).andExpect(status().isOk());
        mvc.perform(get("/bpjs").with(user(bpjsUser(other))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/bpjs/usulan/" + otherOffice)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/bpjs/usulan/" + batch + "\""))));
        // a kepala of the office works neither side of the exchange
        mvc.perform(get("/bpjs").with(user(office.kepala)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("pengguna pihak luar itu sendiri")));
    }
}
