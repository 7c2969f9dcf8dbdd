package id.alur.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case BPJS refused in an answer file (issue 16 item 3): the SOP's BPJS step has no refusal branch, so the case
 * stays there and its page shows BPJS's reason and the office's ways on — send it again in the next usulan, or cancel
 * it with that reason, already filled in — until it goes out again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BpjsRefusalIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    static final String REASON = "Terdaftar sebagai peserta PBI daerah";

    @Test
    void theCasePageShowsBpjsReasonAndTheOfficesWaysOnUntilTheCaseGoesOutAgain() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var refused = office.atBpjs("Nur Ditolak");
        var active = office.atBpjs("Sri Diterima");
        long batch = office.createBatch("CSV");
        byte[] answer = ("NIK,NO_KIS,STATUS,KETERANGAN\n" + refused.applicant().nik() + ",,ditolak," + REASON + "\n"
                        + active.applicant().nik() + ",0001234567890,aktif,\n")
                .getBytes(StandardCharsets.UTF_8);
        office.apply(batch, office.upload(batch, "jawaban.csv", answer)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/permohonan/{id}", refused.id().value()).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("BPJS Kesehatan menolak permohonan ini dalam usulan nomor 1")))
                .andExpect(content().string(Matchers.containsString("Nur Ditolak: " + REASON)))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "SOP layanan ini tidak memberi cabang untuk penolakan di langkah 3 (BPJS Kesehatan)")))
                .andExpect(content().string(Matchers.containsString("id=\"refusal-resend\"")))
                .andExpect(content().string(Matchers.containsString("id=\"refusal-cancel\"")))
                // the cancel form is open with BPJS's reason as the reason the applicant is owed
                .andExpect(content().string(Matchers.containsString("id=\"case-end\" open=\"open\"")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "Ditolak BPJS Kesehatan dalam usulan nomor 1: " + REASON + "</textarea>")));
        // BPJS's own user sees its refusal, but cancelling is the office's
        var bpjs = office.data.signedIn(userDetails, office.data.user(office.code, OfficeTestData.BPJS));
        mvc.perform(get("/permohonan/{id}", refused.id().value()).with(user(bpjs)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nur Ditolak: " + REASON)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"refusal-cancel\""))));
        // the case BPJS accepted has moved on: nothing to guide
        mvc.perform(get("/permohonan/{id}", active.id().value()).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("case-bpjs-refusal"))));

        office.createBatch("CSV");

        mvc.perform(get("/permohonan/{id}", refused.id().value()).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dikirim dalam usulan BPJS nomor 2")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("case-bpjs-refusal"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"case-end\" open=\"open\""))));
    }
}
