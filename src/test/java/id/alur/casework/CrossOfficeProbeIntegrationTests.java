package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * docs/security.md: a request for another office's permohonan answers 404 as if it did not exist, and the probe is on
 * the audit trail under the permohonan's office, so that its administrators see who looked (issue 14 item 4).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossOfficeProbeIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    @Test
    void aCasePageAScanAndAnApiLookUpOfAnotherOfficesPermohonanAreRecordedProbes() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        PermohonanView view = submitted(data, own);
        long id = view.id().value();
        AlurUser prober = data.signedIn(userDetails, data.user(other, OfficeTestData.KEPALA));
        String token =
                "Bearer " + offices.issueApiToken(prober.username(), "uji").token();

        mvc.perform(get("/permohonan/{id}", id).with(user(prober))).andExpect(status().isNotFound());
        mvc.perform(get(
                                "/permohonan/{id}/berkas/{doc}",
                                id,
                                view.documents().getFirst().id().value())
                        .with(user(prober)))
                .andExpect(status().isNotFound());
        String nik = view.applicant().nik();
        mvc.perform(get("/api/permohonan")
                        .param("trackingNumber", view.trackingNumber())
                        .param("nikLast4", nik.substring(nik.length() - 4))
                        .header("Authorization", token))
                .andExpect(status().isNotFound());

        assertThat(audit.find(
                        AuditQuery.about("permohonan", String.valueOf(id), 10).inOffices(List.of(own))))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::detail)
                .containsExactly(
                        tuple(
                                prober.username(),
                                "access.cross-office",
                                AuditOutcome.NOT_FOUND,
                                "asked from office " + other),
                        tuple(
                                prober.username(),
                                "access.cross-office",
                                AuditOutcome.NOT_FOUND,
                                "asked from office " + other),
                        tuple(
                                prober.username(),
                                "access.cross-office",
                                AuditOutcome.NOT_FOUND,
                                "asked from office " + other));
        assertThat(audit.find(
                        AuditQuery.about("permohonan", String.valueOf(id), 10).inOffices(List.of(other))))
                .as("the prober's office does not read the other office's trail")
                .isEmpty();
    }

    @Test
    void aProbeOfAPermohonanIdThatDoesNotExistIsRecordedAsAProbeOfAnotherOfficesOne() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        long foreign = submitted(data, own).id().value();
        long none = 8_000_000_000L
                + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);
        AlurUser prober = data.signedIn(userDetails, data.user(other, OfficeTestData.KEPALA));
        String token =
                "Bearer " + offices.issueApiToken(prober.username(), "uji").token();

        for (long id : List.of(foreign, none)) {
            mvc.perform(get("/permohonan/{id}", id).with(user(prober))).andExpect(status().isNotFound());
            mvc.perform(get("/permohonan/{id}/berkas/{doc}", id, 1).with(user(prober)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/permohonan/{id}", id).header("Authorization", token))
                    .andExpect(status().isNotFound());
        }

        var probe =
                tuple(prober.username(), "access.cross-office", AuditOutcome.NOT_FOUND, "asked from office " + other);
        assertThat(audit.find(AuditQuery.about("permohonan", String.valueOf(none), 10)))
                .as("the same record as for another office's permohonan, with no office it belongs to")
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::detail)
                .containsExactly(probe, probe, probe)
                .hasSameElementsAs(audit.find(AuditQuery.about("permohonan", String.valueOf(foreign), 10)).stream()
                        .map(r -> tuple(r.actor(), r.action(), r.outcome(), r.detail()))
                        .toList());
        assertThat(audit.find(AuditQuery.about("permohonan", String.valueOf(none), 10)))
                .allSatisfy(r -> assertThat(r.officeCode()).isNull());
        assertThat(audit.find(
                        AuditQuery.about("permohonan", String.valueOf(none), 10).inOffices(List.of(other))))
                .as("the prober's office administrators read the probes of an id that is nobody's")
                .hasSize(3);
    }

    /**
     * Issue 14 follow-up: a scan id asked for within one's own permohonan that is not its scan — another office's scan,
     * or nobody's — answers 404 and is a probe on record like a permohonan id, under the office the scan belongs to.
     */
    @Test
    void aScanIdThatIsNotTheOwnPermohonansScanIsARecordedProbe() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        long mine = submitted(data, own).id().value();
        long foreign = submitted(data, other).documents().getFirst().id().value();
        long none = 8_000_000_000L
                + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);
        AlurUser prober = data.signedIn(userDetails, data.user(own, OfficeTestData.KEPALA));
        String token =
                "Bearer " + offices.issueApiToken(prober.username(), "uji").token();

        for (long document : List.of(foreign, none)) {
            mvc.perform(get("/permohonan/{id}/berkas/{doc}", mine, document).with(user(prober)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/permohonan/{id}/berkas/{doc}", mine, document).header("Authorization", token))
                    .andExpect(status().isNotFound());
        }

        var probe = tuple(
                prober.username(),
                "access.cross-office",
                AuditOutcome.NOT_FOUND,
                "asked from office " + own + " as a scan of permohonan " + mine);
        assertThat(audit.find(AuditQuery.about("document", String.valueOf(foreign), 10)
                        .inOffices(List.of(other))))
                .as("under the office of the scan")
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::detail)
                .containsExactly(probe, probe);
        assertThat(audit.find(AuditQuery.about("document", String.valueOf(none), 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::detail)
                .containsExactly(probe, probe);
        assertThat(audit.find(
                        AuditQuery.about("document", String.valueOf(none), 10).inOffices(List.of(own))))
                .as("nobody's scan: read by the prober's office administrators")
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.officeCode()).isNull());
    }

    /**
     * The audit page's subject filter (issue 14 item 4): a tracking number is its permohonan; a NIK every permohonan
     * the person is in, also as a household member, though the trail never holds the NIK.
     */
    @Test
    void theAuditTrailIsFoundByTrackingNumberAndByTheNikOfAHouseholdMember() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String child = Applicants.nik(Applicants.someBirthDate(), Sex.MALE);
        PermohonanView view =
                submitted(data, office, List.of(new Intake.HouseholdMember(child, "Budi Santoso", Relationship.ANAK)));
        AlurUser kepala = data.signedIn(userDetails, data.user(office, OfficeTestData.KEPALA));
        mvc.perform(get("/permohonan/{id}", view.id().value()).with(user(kepala)))
                .andExpect(status().isOk());
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(office));

        for (String subject : List.of(view.trackingNumber().toLowerCase(java.util.Locale.ROOT), child)) {
            String page = mvc.perform(
                            get("/admin/audit").param("subject", subject).with(user(admin)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(subject).contains("permohonan " + view.id().value(), kepala.username());
        }
        assertThat(audit.find(AuditQuery.all(AuditQuery.MAX_LIMIT).inOffices(List.of(office))))
                .extracting(AuditRecord::detail, AuditRecord::objectId)
                .allSatisfy(tuple -> assertThat(tuple.toList()).doesNotContain(child));
    }

    private PermohonanView submitted(OfficeTestData data, String office) {
        return submitted(data, office, List.of());
    }

    private PermohonanView submitted(OfficeTestData data, String office, List<Intake.HouseholdMember> household) {
        ReadyToRun.prepare(context, office, CaseworkAccessRoutes.sopText());
        var draft =
                sops.createDraft(office, "CrossOfficeProbeIntegrationTests.sop.yaml", CaseworkAccessRoutes.sopText());
        sops.publish(draft.id());
        return permohonan.submit(
                new Intake(
                        office,
                        draft.code(),
                        Applicants.woman("Pemohon Lintas Kantor"),
                        household,
                        List.of(
                                new Intake.ChecklistEntry(
                                        0, true, new Intake.Upload("ktp.pdf", SampleScans.pdf("KTP"))),
                                new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(data.user(office, OfficeTestData.PETUGAS), "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
    }
}
