package id.alur.report;

import id.alur.calendar.WorkingCalendar;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-made cases of seed 000 (Dinsos PPKB Rembang, {@code kis-surat-pengantar}: five activities, a Mutu Baku of 5
 * minutes on the first four, Ya/Tidak at 2 and 3) in an office of its own ({@link OfficeTestData}) in Asia/Jakarta,
 * run through the workflow alone at the local times a report test chooses, so that its figures are known: the shared
 * driver of the compliance, evaluation, dashboard and recap tests.
 */
public final class RembangCases {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final String SOP_CODE = "kis-surat-pengantar";

    /** Who acts at each activity of seed 000, in order. */
    private static final List<String> POSITIONS = List.of(
            "petugas-pelayanan", "kasi-rehabsos", "kabid-rehabilitasi-jamsos", "kepala-dinas", "petugas-pelayanan");

    private final WorkflowService workflow;
    private final OfficeTestData data;
    private final String office;
    private final long version;

    private RembangCases(WorkflowService workflow, OfficeTestData data, String office, long version) {
        this.workflow = workflow;
        this.data = data;
        this.office = office;
        this.version = version;
    }

    /**
     * A new office with seed 000 published. These cases have no application, so no letter can be issued on their
     * steps: the letter settings that publishing asked for are removed once it is published.
     */
    public static RembangCases publish(ApplicationContext context) {
        var data = new OfficeTestData(context.getBean(OfficeService.class));
        String office = data.office();
        context.getBean(WorkingCalendar.class).setZone(office, JAKARTA);
        String source = SopFormat.seedSource("dinsosppkb-rembang");
        ReadyToRun.prepare(context, office, source);
        SopService sops = context.getBean(SopService.class);
        var draft = sops.createDraft(office, SopFormat.seedFileName("dinsosppkb-rembang"), source);
        long version = sops.publish(draft.id()).id().value();
        context.getBean(JdbcClient.class)
                .sql("delete from letter_setting where office_code = ?")
                .param(office)
                .update();
        return new RembangCases(context.getBean(WorkflowService.class), data, office, version);
    }

    public OfficeTestData data() {
        return data;
    }

    public String office() {
        return office;
    }

    /** The id of the published SOP version. */
    public long version() {
        return version;
    }

    /** Starts a case at that local time; its first activity opens. */
    public CaseId start(String local) {
        return workflow.start(office, SOP_CODE, "permohonan:" + System.nanoTime(), as(POSITIONS.getFirst()), at(local))
                .id();
    }

    /** A whole case: started at {@code start}, activity 1 closed at {@code firstClosed}, each next so many minutes on. */
    public CaseId run(String start, String firstClosed, int second, int third, int fourth, int fifth) {
        CaseId id = start(start);
        Instant now = at(firstClosed);
        closeStep(id, now);
        for (int minutes : new int[] {second, third, fourth, fifth}) {
            now = now.plusSeconds(60L * minutes);
            closeStep(id, now);
        }
        return id;
    }

    /** Activity 1 closes at {@code firstClosed}; the other four from {@code secondClosed} on, a minute apart. */
    public void finish(CaseId id, String firstClosed, String secondClosed) {
        closeStep(id, at(firstClosed));
        Instant now = at(secondClosed);
        for (int i = 0; i < 4; i++) {
            closeStep(id, now.plusSeconds(60L * i));
        }
    }

    /**
     * The case's current step is taken and closed at that moment by the position of its activity: Ya at the two
     * decisions, done (with a letter number as output) at the others.
     */
    public void closeStep(CaseId id, Instant now) {
        var step = workflow.caseView(id).currentStep().orElseThrow();
        Acting acting = as(POSITIONS.get(step.activityNumber() - 1));
        workflow.claim(step.id(), acting, now);
        if (step.activityNumber() == 2 || step.activityNumber() == 3) {
            workflow.decide(step.id(), Verdict.YA, null, acting, now);
        } else {
            workflow.complete(step.id(), "400/1/2027", null, acting, now);
        }
    }

    /** The holder of a position of seed 000, acting in their own right. */
    public static Acting as(String position) {
        return Acting.self(position + "-1", "Pejabat " + position, position);
    }

    /** A local time of the office, e.g. {@code 2027-03-01T08:00}. */
    public static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
    }
}
