package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every seed journey test starts from: a fresh office with its seed SOP published, whose cases start on Monday
 * 1 February 2027 at 08:00 office time (no holiday until Imlek on Saturday 6 February), so every SLA figure is exact.
 */
final class SeedJourneys {

    static final String MONDAY_0800 = "2027-02-01T08:00";

    final WorkflowService workflow;
    final WorkflowFixture fixture;
    final Office office;

    private SeedJourneys(WorkflowFixture fixture, String seedOffice) {
        this.workflow = fixture.workflow;
        this.fixture = fixture;
        this.office = fixture.office(seedOffice);
    }

    /** A fresh office for {@code seedOffice}, built from the test's own Spring context. */
    static SeedJourneys of(ApplicationContext beans, String seedOffice) {
        var fixture = new WorkflowFixture(
                beans.getBean(SopService.class),
                beans.getBean(WorkingCalendar.class),
                beans.getBean(WorkflowService.class),
                beans.getBean(JdbcClient.class));
        return new SeedJourneys(fixture, seedOffice);
    }

    /** A case started by {@code frontDesk} on Monday 08:00 office time. */
    Journey start(Acting frontDesk) {
        return Journey.start(workflow, office, MONDAY_0800, frontDesk);
    }
}
