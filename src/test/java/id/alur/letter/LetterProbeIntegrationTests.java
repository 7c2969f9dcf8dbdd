package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 item 4: asking for a letter PDF of another office and for a letter id that is nobody's both answer 404 and
 * are recorded alike as {@code access.cross-office} probes, so letter ids cannot be tried one after another unseen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LetterProbeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    @Test
    void aLetterOfAnotherOfficeAndALetterThatDoesNotExistAreProbesOnRecordAlike() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        long foreign = issuer.issue(LetterIssuerIntegrationTests.order(
                        LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                        own,
                        LetterIssuerIntegrationTests.setting(own, "470/{seq}/PROBE-{yyyy}"),
                        Instant.parse("2026-03-02T02:00:00Z")))
                .view()
                .id()
                .value();
        long none = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        AlurUser prober = data.signedIn(userDetails, data.user(other, OfficeTestData.KEPALA));

        for (long id : List.of(foreign, none)) {
            mvc.perform(get("/letters/{id}/letter.pdf", id).with(user(prober))).andExpect(status().isNotFound());
            mvc.perform(get("/letters/{id}/office-copy.pdf", id).with(user(prober)))
                    .andExpect(status().isNotFound());
        }

        assertThat(audit.find(AuditQuery.about("letter", String.valueOf(foreign), 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::officeCode)
                .containsExactly(
                        tuple(prober.username(), "access.cross-office", AuditOutcome.NOT_FOUND, own),
                        tuple(prober.username(), "access.cross-office", AuditOutcome.NOT_FOUND, own));
        assertThat(audit.find(AuditQuery.about("letter", String.valueOf(none), 10)))
                .as("the same records, with no office the id belongs to")
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::detail)
                .containsExactly(
                        tuple(prober.username(), "access.cross-office", AuditOutcome.NOT_FOUND, "letter " + none),
                        tuple(prober.username(), "access.cross-office", AuditOutcome.NOT_FOUND, "letter " + none));
        assertThat(audit.find(
                        AuditQuery.about("letter", String.valueOf(none), 10).inOffices(List.of(other))))
                .as("read by the prober's office administrators")
                .hasSize(2);
    }
}
