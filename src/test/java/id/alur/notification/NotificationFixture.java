package id.alur.notification;

import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.casework.Sex;
import id.alur.office.OfficeService;
import id.alur.office.UserProfile;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.StepView;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Seed 000 (Dinsos PPKB Kab. Rembang) for the notification tests: officers of its lanes with e-mail addresses of their
 * own (the demo users have none), and a permohonan driven through its steps through the modules' APIs.
 */
final class NotificationFixture {

    static final String REMBANG = "dinsosppkb-rembang";
    static final String REMBANG_SOP = "kis-surat-pengantar";
    static final String PASSWORD = "rahasia-uji-2026";
    private static final AtomicInteger SERIAL =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));

    private final OfficeService offices;
    private final PermohonanService permohonan;
    private final WorkflowService workflow;
    final String run = "n" + SERIAL.incrementAndGet();
    final String office;

    NotificationFixture(OfficeService offices, PermohonanService permohonan, WorkflowService workflow) {
        this(REMBANG, offices, permohonan, workflow);
    }

    /** Officers of another demo office (its positions as {@code DemoOffices} creates them). */
    NotificationFixture(String office, OfficeService offices, PermohonanService permohonan, WorkflowService workflow) {
        this.office = office;
        this.offices = offices;
        this.permohonan = permohonan;
        this.workflow = workflow;
    }

    /** A user holding the position with the e-mail {@code <position>-<run>@alur.test}; returns its username. */
    String officer(String position) {
        String username = run + "." + position;
        offices.createUser(username, new UserProfile("Uji " + position, null, null, email(position)), PASSWORD);
        offices.addMembership(username, office, position);
        return username;
    }

    String email(String position) {
        return position + "-" + run + "@alur.test";
    }

    Acting acting(String position) {
        return Acting.self(run + "." + position, "Uji " + position, position);
    }

    /** Takes a permohonan in at the front desk: the case waits at step 2 (verification by the Kasi). */
    PermohonanView submit(String applicantName) {
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(SERIAL.incrementAndGet() % 3000);
        String nik = "331701%02d%02d%02d%04d"
                .formatted(
                        birth.getDayOfMonth() + 40,
                        birth.getMonthValue(),
                        birth.getYear() % 100,
                        1 + SERIAL.get() % 9998);
        var applicant = new Intake.Applicant(
                nik,
                applicantName,
                birth,
                Sex.FEMALE,
                "3317011203150007",
                "Jl. Pemuda 12 RT 01 RW 02",
                "33.17.01.2002",
                "081234567890");
        var papers = IntStream.range(0, 5)
                .mapToObj(i -> new Intake.ChecklistEntry(i, true, null))
                .toList();
        return permohonan.submit(
                new Intake(REMBANG, REMBANG_SOP, applicant, List.of(), papers, Set.of()),
                acting("petugas-pelayanan"),
                Instant.now());
    }

    StepView current(PermohonanView view) {
        return workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
    }

    void decide(PermohonanView view, String position, Verdict verdict, String note) {
        var step = current(view);
        workflow.claim(step.id(), acting(position), Instant.now());
        workflow.decide(step.id(), verdict, note, acting(position), Instant.now());
    }

    void complete(PermohonanView view, String position) {
        var step = current(view);
        workflow.claim(step.id(), acting(position), Instant.now());
        workflow.complete(step.id(), null, null, acting(position), Instant.now());
    }
}
