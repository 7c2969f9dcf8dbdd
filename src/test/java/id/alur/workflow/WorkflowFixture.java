package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds what the workflow integration tests need through the real modules: a fresh office (tests share one database,
 * so each gets its own code) with a seed SOP published for it, actors for its lanes, instants in its zone.
 */
class WorkflowFixture {

    private static final AtomicInteger OFFICES = new AtomicInteger();

    final SopService sops;
    final WorkingCalendar calendar;
    final WorkflowService workflow;
    final JdbcClient jdbc;

    WorkflowFixture(SopService sops, WorkingCalendar calendar, WorkflowService workflow, JdbcClient jdbc) {
        // composed by each test from its autowired beans rather than scanned, so other modules' contexts stay as they
        // are
        this.sops = sops;
        this.calendar = calendar;
        this.workflow = workflow;
        this.jdbc = jdbc;
    }

    /** An office of its own with the seed SOP of {@code seedOffice} published, in the seed office's zone. */
    Office office(String seedOffice) {
        return office(seedOffice, source -> source);
    }

    /** An office running the seed's SOP as changed by {@code edit} (a variant the seeds do not have). */
    Office office(String seedOffice, UnaryOperator<String> edit) {
        String code = seedOffice + "-t" + System.nanoTime() % 1_000_000_000L + "-" + OFFICES.incrementAndGet();
        calendar.setZone(code, calendar.zoneOf(seedOffice));
        SopVersionView draft = sops.createDraft(
                code, SopFormat.seedFileName(seedOffice), edit.apply(SopFormat.seedSource(seedOffice)));
        SopVersionView published = sops.publish(draft.id());
        return new Office(code, published, calendar.zoneOf(code));
    }

    /** An office with only a draft of the seed SOP. */
    Office officeWithDraftOnly(String seedOffice) {
        String code = seedOffice + "-d" + System.nanoTime() % 1_000_000_000L + "-" + OFFICES.incrementAndGet();
        SopVersionView draft =
                sops.createDraft(code, SopFormat.seedFileName(seedOffice), SopFormat.seedSource(seedOffice));
        return new Office(code, draft, calendar.zoneOf(code));
    }

    static Acting as(String position) {
        return Acting.self(position + "-1", "Pejabat " + position, position);
    }

    static Acting as(String position, int user) {
        return Acting.self(position + "-" + user, "Pejabat " + position + " " + user, position);
    }

    long historyRows(CaseId id) {
        return jdbc.sql("select count(*) from workflow_history where case_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    long cases(String office) {
        return jdbc.sql("select count(*) from workflow_case where office_code = :office")
                .param("office", office)
                .query(Long.class)
                .single();
    }

    /** A fresh office with its published seed version. */
    record Office(String code, SopVersionView version, ZoneId zone) {

        String sopCode() {
            return version.code();
        }

        /** Local office time, e.g. {@code "2027-02-01T08:00"} (a Monday). */
        Instant at(String localDateTime) {
            return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        }
    }
}
