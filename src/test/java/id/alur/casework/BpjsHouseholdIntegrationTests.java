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
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.WorkflowService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The usulan of a household (issue 16 items 2 and 3): the applicant and each household member the front desk proposed
 * for a KIS are a row of the usulan each, with the faskes chosen at intake (else the office's default); the answer's
 * rows are matched per NIK to that person, and the case moves on past the BPJS step once every person it proposed is
 * answered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BpjsHouseholdIntegrationTests {

    static final String HEADER = "NIK,NO_KIS,STATUS,KETERANGAN\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcClient jdbc;

    /** Siti's household: her husband (his own faskes), their son, and their daughter, who holds a KIS already. */
    record Household(PermohonanView view, String husband, String son, String daughter) {}

    Household household(BpjsOffice office) {
        var applicant = Applicants.woman("Siti Rahmawati");
        String husband = Applicants.nik(LocalDate.of(1979, 4, 3), Sex.MALE);
        String son = Applicants.nik(LocalDate.of(2015, 3, 12), Sex.MALE);
        String daughter = Applicants.nik(LocalDate.of(2010, 6, 1), Sex.FEMALE);
        var view = permohonan.submit(
                new Intake(
                        office.code,
                        office.sopCode,
                        applicant,
                        List.of(
                                new Intake.HouseholdMember(
                                        husband, "Ahmad Fauzi", Relationship.SUAMI, true, " Klinik Pratama Sehat "),
                                new Intake.HouseholdMember(son, "Rizki Fauzi", Relationship.ANAK, null, ""),
                                new Intake.HouseholdMember(daughter, "Nabila Fauzi", Relationship.ANAK, false, null)),
                        List.of(
                                new Intake.ChecklistEntry(
                                        0, true, new Intake.Upload("ktp.pdf", SampleScans.pdf("KTP"))),
                                new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(office.frontDesk.username(), "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
        office.checkedYa(view);
        return new Household(view, husband, son, daughter);
    }

    /** The office admin sets a layout with the person's columns and the office's default faskes. */
    void layoutWithFaskes(BpjsOffice office, String faskes) throws Exception {
        mvc.perform(post("/admin/offices/{office}/bpjs", office.code)
                        .param("included[NIK]", "true")
                        .param("order[NIK]", "1")
                        .param("header[NIK]", "NIK")
                        .param("included[NAMA]", "true")
                        .param("order[NAMA]", "2")
                        .param("header[NAMA]", "NAMA")
                        .param("included[TANGGAL_LAHIR]", "true")
                        .param("order[TANGGAL_LAHIR]", "3")
                        .param("header[TANGGAL_LAHIR]", "TGL_LAHIR")
                        .param("included[JENIS_KELAMIN]", "true")
                        .param("order[JENIS_KELAMIN]", "4")
                        .param("header[JENIS_KELAMIN]", "JK")
                        .param("included[NO_KK]", "true")
                        .param("order[NO_KK]", "5")
                        .param("header[NO_KK]", "NO_KK")
                        .param("included[FASKES]", "true")
                        .param("order[FASKES]", "6")
                        .param("header[FASKES]", "FASKES")
                        .param("faskes", faskes)
                        .param("answerNik", "NIK")
                        .param("answerKis", "NO_KIS")
                        .param("answerStatus", "STATUS")
                        .param("answerReason", "KETERANGAN")
                        .with(user(office.admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aHouseholdGoesOutOnePersonARowAndMovesOnWhenItsLastPersonIsAnswered() throws Exception {
        var office = new BpjsOffice(context, mvc);
        layoutWithFaskes(office, "Puskesmas Sumber");
        var household = household(office);
        var siti = household.view().applicant();

        long batch = office.createBatch("CSV");

        // the daughter was not proposed; the husband goes with his own faskes, the son with the office's default; a
        // member's birth date and sex are read from the NIK
        assertThat(office.download(batch).replace("\uFEFF", "").split("\r\n"))
                .containsExactly(
                        "NIK,NAMA,TGL_LAHIR,JK,NO_KK,FASKES",
                        siti.nik() + ",Siti Rahmawati," + BpjsField.DATE.format(siti.birthDate())
                                + ",P,3317011203150007,Puskesmas Sumber",
                        household.husband() + ",Ahmad Fauzi,03-04-1979,L,3317011203150007,Klinik Pratama Sehat",
                        household.son() + ",Rizki Fauzi,12-03-2015,L,3317011203150007,Puskesmas Sumber");
        mvc.perform(get("/bpjs/usulan/{b}", batch).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 permohonan, 3 orang diusulkan: 3 menunggu")));

        // BPJS answers Siti and her husband first: the case keeps waiting for the son, named
        long first = office.upload(
                batch,
                "jawaban-1.csv",
                (HEADER + siti.nik() + ",0001000000001,aktif,\n" + household.husband() + ",0001000000002,aktif,\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}", batch, first).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 baris cocok, 0 tidak cocok")))
                .andExpect(content().string(Matchers.containsString("tetap menunggu jawaban BPJS untuk: Rizki Fauzi")));
        office.apply(batch, first).andExpect(status().is3xxRedirection());

        assertThat(office.stepOf(household.view()).positionCode()).isEqualTo(OfficeTestData.BPJS);
        mvc.perform(get("/bpjs/usulan/{b}", batch).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 menunggu jawaban, 2 aktif")))
                .andExpect(content().string(Matchers.containsString("Rizki Fauzi")));
        mvc.perform(get("/permohonan/{id}", household.view().id().value()).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dikirim dalam usulan BPJS nomor 1")));

        // the son's answer comes in a later file: every person is answered, the case moves on with their KIS numbers
        long second = office.upload(
                batch,
                "jawaban-2.csv",
                (HEADER + household.son() + ",0001000000003,aktif,\n").getBytes(StandardCharsets.UTF_8));
        office.apply(batch, second).andExpect(status().is3xxRedirection());

        assertThat(office.stepOf(household.view()).positionCode()).isEqualTo(OfficeTestData.PETUGAS);
        var bpjsStep = workflow.history(new CaseId(household.view().workflowCaseId())).steps().stream()
                .filter(s -> s.positionCode().equals(OfficeTestData.BPJS))
                .findFirst()
                .orElseThrow();
        assertThat(bpjsStep.resultReference()).isEqualTo("0001000000001, 0001000000002, 0001000000003");
        // each file's rows of the case are its evidence at the step, as BPJS wrote them
        assertThat(permohonan.find(household.view().id(), office.code).documents().stream()
                        .filter(d -> d.contentType().equals("text/csv")))
                .extracting(DocumentView::fileName)
                .containsExactlyInAnyOrder("jawaban-bpjs-usulan-1-baris-2-3.csv", "jawaban-bpjs-usulan-1-baris-2.csv");
        mvc.perform(get("/bpjs").with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Selesai dijawab: 3 aktif, 0 ditolak")));
    }

    @Test
    void aRefusedApplicantWithAMemberWhoGotAKisMovesOnWithTheRefusalAsANote() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var household = household(office);
        var siti = household.view().applicant();
        long batch = office.createBatch("XLSX");

        long answer = office.upload(
                batch,
                "jawaban.csv",
                (HEADER
                                + siti.nik() + ",,ditolak,Sudah terdaftar PBI daerah\n"
                                + household.husband() + ",0002000000001,aktif,\n"
                                + household.son() + ",,ditolak,Sudah terdaftar PBI daerah\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}", batch, answer).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("berlanjut ke langkah berikutnya karena orang lain")));
        office.apply(batch, answer).andExpect(status().is3xxRedirection());

        assertThat(office.stepOf(household.view()).positionCode()).isEqualTo(OfficeTestData.PETUGAS);
        assertThat(permohonan.find(household.view().id(), office.code).notes())
                .extracting(NoteView::body)
                .satisfiesExactlyInAnyOrder(
                        n -> assertThat(n).contains("baris 2:", "ditolak", "Sudah terdaftar PBI daerah"),
                        n -> assertThat(n).contains("baris 4 (Rizki Fauzi):", "ditolak"));
    }

    @Test
    void badAnswerRowsAreReportedAndARowThatFailsLeavesTheWholeHouseholdWaiting() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var household = household(office);
        var siti = household.view().applicant();
        long batch = office.createBatch("CSV");

        long answer = office.upload(
                batch,
                "jawaban.csv",
                (HEADER
                                + siti.nik() + ",0003000000001,aktif,\n"
                                // the daughter was not proposed: her NIK is not in the usulan
                                + household.daughter() + ",0003000000009,aktif,\n"
                                // the husband answered twice, differently: neither row applies
                                + household.husband() + ",0003000000002,aktif,\n"
                                + household.husband() + ",,ditolak,Data tidak padan\n"
                                + household.son() + ",KIS-GAGAL-DISIMPAN,aktif,\n")
                        .getBytes(StandardCharsets.UTF_8));
        String report = mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}/laporan.csv", batch, answer)
                        .with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.replace("\uFEFF", "").split("\r\n"))
                .containsExactly(
                        "BARIS,KOLOM,NIK,HASIL,KETERANGAN",
                        "3,NIK," + household.daughter() + ",tidak cocok,NIK " + household.daughter()
                                + " tidak ada dalam usulan ini.",
                        "4,NIK," + household.husband() + ",bertentangan,NIK yang sama dijawab berbeda di baris 5.",
                        "5,NIK," + household.husband() + ",bertentangan,NIK yang sama dijawab berbeda di baris 4.");
        // PostgreSQL refuses the son's row after Siti's was written: nothing of the answer stays
        jdbc.sql("alter table bpjs_batch_case add constraint bpjs_household_refuses"
                        + " check (kis_number <> 'KIS-GAGAL-DISIMPAN') not valid")
                .update();
        try {
            office.apply(batch, answer)
                    .andExpect(status().is(422))
                    .andExpect(content().string(Matchers.containsString("Baris 6:")));
        } finally {
            jdbc.sql("alter table bpjs_batch_case drop constraint bpjs_household_refuses")
                    .update();
        }

        assertThat(office.stepOf(household.view()).positionCode()).isEqualTo(OfficeTestData.BPJS);
        assertThat(jdbc.sql("select person from bpjs_batch_case where batch_id = ? and open order by person")
                        .param(batch)
                        .query(Integer.class)
                        .list())
                .containsExactly(0, 1, 2);
        assertThat(permohonan.find(household.view().id(), office.code).documents())
                .noneMatch(d -> d.contentType().equals("text/csv"));
    }

    @Test
    void theIntakeFormAsksEachPersonsFaskesWithTheOfficesDefaultAndProposesTheTickedMembers() throws Exception {
        var office = new BpjsOffice(context, mvc);
        layoutWithFaskes(office, "Puskesmas Sumber");
        mvc.perform(get("/permohonan/baru").with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"faskes\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Puskesmas Sumber\"")))
                .andExpect(content().string(Matchers.containsString("Diusulkan KIS")));
        var applicant = Applicants.woman("Dewi Anggraini");
        String son = Applicants.nik(LocalDate.of(2016, 7, 9), Sex.MALE);
        String mother = Applicants.nik(LocalDate.of(1950, 2, 2), Sex.FEMALE);
        Function<String, MockMultipartHttpServletRequestBuilder> form = sonsFaskes -> multipart("/permohonan")
                .file(new MockMultipartFile("checklist[0].scan", "ktp.pdf", "application/pdf", SampleScans.pdf("KTP")))
                .param("checklist[0].present", "true")
                .param("checklist[1].present", "true")
                .param("sopCode", office.sopCode)
                .param("nik", applicant.nik())
                .param("name", applicant.name())
                .param("birthDate", applicant.birthDate().toString())
                .param("sex", "FEMALE")
                .param("familyCardNumber", applicant.familyCardNumber())
                .param("address", applicant.address())
                .param("villageCode", applicant.villageCode())
                .param("phone", applicant.phone())
                .param("faskes", "Puskesmas Sumber")
                .param("householdMembers[0].nik", son)
                .param("householdMembers[0].name", "Bayu")
                .param("householdMembers[0].relationship", "ANAK")
                .param("householdMembers[0].kisProposed", "true")
                .param("_householdMembers[0].kisProposed", "on")
                .param("householdMembers[0].faskes", sonsFaskes)
                // the grandmother has a KIS already: her box left unticked
                .param("householdMembers[1].nik", mother)
                .param("householdMembers[1].name", "Sumiati")
                .param("householdMembers[1].relationship", "ORANG_TUA")
                .param("_householdMembers[1].kisProposed", "on")
                .param("householdMembers[1].faskes", "Puskesmas Sumber");

        // a faskes longer than its column is named on its field, and nothing is taken in
        mvc.perform(form.apply("K".repeat(201)).with(user(office.frontDesk)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Faskes paling banyak 200 karakter.")));
        assertThat(jdbc.sql("select count(*) from permohonan where nik = ?")
                        .param(applicant.nik())
                        .query(Long.class)
                        .single())
                .isZero();

        String location = mvc.perform(form.apply(" Klinik Pratama Sehat ")
                        .with(user(office.frontDesk))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(jdbc.sql("select person || '=' || coalesce(faskes, '') from permohonan_kis_proposal"
                                + " where permohonan_id = ? order by person")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("0=Puskesmas Sumber", "1=Klinik Pratama Sehat");
    }
}
