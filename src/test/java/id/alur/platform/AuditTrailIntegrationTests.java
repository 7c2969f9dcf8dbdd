package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit trail records who, when, from where and what, and the database keeps it append-only. */
@SpringBootTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void endRequest() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void recordsTheSignedInUserTheirOfficeTheAddressTheTimeAndTheObject() {
        String office = unique("kantor");
        signedIn("petugas-audit", office);
        fromAddress("203.0.113.7");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        audit.record(AuditEvent.of("permohonan.viewed").about("permohonan", 42).inOffice(office));

        AuditRecord recorded = only(audit.find(query().inOffices(List.of(office))));
        assertThat(recorded.actor()).isEqualTo("petugas-audit");
        assertThat(recorded.actorOffice()).isEqualTo(office);
        assertThat(recorded.address()).isEqualTo("203.0.113.7");
        assertThat(recorded.action()).isEqualTo("permohonan.viewed");
        assertThat(recorded.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(recorded.objectType()).isEqualTo("permohonan");
        assertThat(recorded.objectId()).isEqualTo("42");
        assertThat(recorded.officeCode()).isEqualTo(office);
        assertThat(recorded.at())
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void namesAnAnonymousActorAndTheOneAnEventNames() {
        String office = unique("kantor");
        audit.record(AuditEvent.of("status.looked-up").inOffice(office));
        audit.record(AuditEvent.of("login.failed")
                .outcome(AuditOutcome.FAILED)
                .by("tebakan")
                .inOffice(office));

        assertThat(audit.find(query().inOffices(List.of(office))))
                .extracting(AuditRecord::actor, AuditRecord::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tebakan", AuditOutcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("anonymous", AuditOutcome.DONE));
    }

    @Test
    void refusesToChangeOrDeleteWhatIsRecorded() {
        String office = unique("kantor");
        audit.record(AuditEvent.of("user.created").about("user", "x").inOffice(office));

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else' where office_code = ?")
                        .param(office)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_event is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where office_code = ?")
                        .param(office)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_event is append-only");
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> jdbc.sql("truncate audit_event").update()))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_event is append-only");
        assertThat(only(audit.find(query().inOffices(List.of(office)))).actor()).isEqualTo("anonymous");
    }

    @Test
    void keepsARecordMadeAloneWhenTheCallersTransactionRollsBack() {
        String office = unique("kantor");

        transaction.executeWithoutResult(status -> {
            audit.record(AuditEvent.of("user.password-reset").inOffice(office));
            audit.recordAlone(AuditEvent.of("access.cross-office")
                    .outcome(AuditOutcome.NOT_FOUND)
                    .inOffice(office));
            status.setRollbackOnly();
        });

        assertThat(audit.find(query().inOffices(List.of(office))))
                .extracting(AuditRecord::action)
                .containsExactly("access.cross-office");
    }

    @Test
    void keepsARecordMadeKeptOnceWhetherTheCallersTransactionCommitsOrRollsBack() {
        String committed = unique("kantor");
        String rolledBack = unique("kantor");
        signedIn("petugas-loket", rolledBack);

        transaction.executeWithoutResult(status -> {
            audit.recordKept(
                    AuditEvent.of("registry.nik-looked-up").inOffice(committed).detail("found"));
            audit.recordKept(
                    AuditEvent.of("registry.nik-looked-up").inOffice(committed).detail("not found"));
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    audit.record(AuditEvent.of("user.password-reset").inOffice(rolledBack));
                    audit.recordKept(AuditEvent.of("registry.nik-looked-up")
                            .inOffice(rolledBack)
                            .detail("found"));
                    audit.recordKept(AuditEvent.of("registry.nik-looked-up")
                            .inOffice(rolledBack)
                            .detail("not found"));
                    throw new IllegalStateException("the intake is refused");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(audit.find(query().inOffices(List.of(committed))))
                .extracting(AuditRecord::detail)
                .containsExactlyInAnyOrder("found", "not found");
        // the work undone, what it read stays on record, with who read it
        assertThat(audit.find(query().inOffices(List.of(rolledBack))))
                .allSatisfy(r -> {
                    assertThat(r.action()).isEqualTo("registry.nik-looked-up");
                    assertThat(r.actor()).isEqualTo("petugas-loket");
                })
                .extracting(AuditRecord::detail)
                .containsExactlyInAnyOrder("found", "not found");
    }

    @Test
    void recordsARecordKeptWithoutATransactionAtOnce() {
        String office = unique("kantor");

        audit.recordKept(AuditEvent.of("registry.nik-looked-up").inOffice(office));

        assertThat(audit.find(query().inOffices(List.of(office))))
                .extracting(AuditRecord::action)
                .containsExactly("registry.nik-looked-up");
    }

    @Test
    void findsByOfficeActorActionOutcomeObjectAndTime() {
        String own = unique("kantor");
        String other = unique("kantor");
        signedIn("admin-kantor", own);
        audit.record(AuditEvent.of("permohonan.viewed").about("permohonan", 1).inOffice(own));
        audit.record(AuditEvent.of("scan.viewed").about("permohonan", 1).inOffice(own));
        audit.record(AuditEvent.of("permohonan.viewed").about("permohonan", 2).inOffice(other));
        audit.record(AuditEvent.of("login.succeeded"));
        signedIn("lain", other);
        audit.record(AuditEvent.of("login.succeeded"));

        assertThat(audit.find(query().inOffices(List.of(own))))
                .extracting(AuditRecord::action)
                .containsExactly("login.succeeded", "scan.viewed", "permohonan.viewed");
        assertThat(audit.find(
                        new AuditQuery(List.of(own, other), null, null, null, "permohonan.", null, null, null, 10)))
                .extracting(AuditRecord::objectId)
                .containsExactly("2", "1");
        assertThat(audit.find(new AuditQuery(List.of(own, other), null, null, "lain", null, null, null, null, 10)))
                .extracting(AuditRecord::actorOffice)
                .containsExactly(other);
        assertThat(audit.find(new AuditQuery(List.of(own), null, null, null, null, null, "permohonan", "1", 10)))
                .hasSize(2);
        assertThat(audit.find(new AuditQuery(
                        List.of(own), Instant.now().plusSeconds(60), null, null, null, null, null, null, 10)))
                .isEmpty();
        assertThat(audit.find(
                        new AuditQuery(List.of(own), null, null, null, null, AuditOutcome.REFUSED, null, null, 10)))
                .isEmpty();
    }

    @Test
    void rejectsAnActionThatIsNotADottedName() {
        assertThatThrownBy(() -> AuditEvent.of("Viewed permohonan")).isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditQuery query() {
        return AuditQuery.all(100);
    }

    private static AuditRecord only(List<AuditRecord> records) {
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void signedIn(String username, String office) {
        AlurUser user = new AlurUser(username, null, null, true, office, office, null, Set.of(Role.OFFICER));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
