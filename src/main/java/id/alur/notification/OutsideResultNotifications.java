package id.alur.notification;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.office.PositionView;
import id.alur.workflow.OutsideResultRecorded;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the front desk of the service (the users acting in its position today) that an outside party such as BPJS
 * Kesehatan recorded its result itself, with the reference and the date: the case is back in the office's hands. A
 * result the office recorded for the party is not told (the front desk did it). Durable like
 * {@link StepNotifications}; once per outside step.
 */
@Component
class OutsideResultNotifications {

    static final String OUTSIDE_RESULT_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "outside-result";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final PermohonanService permohonan;
    private final OfficeService offices;
    private final StepSubjects subjects;
    private final NotificationTexts texts;

    OutsideResultNotifications(
            PermohonanService permohonan, OfficeService offices, StepSubjects subjects, NotificationTexts texts) {
        this.permohonan = permohonan;
        this.offices = offices;
        this.subjects = subjects;
        this.texts = texts;
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = OUTSIDE_RESULT_LISTENER)
    void on(OutsideResultRecorded recorded) {
        if (recorded.recordedByOffice()
                || offices.findOffice(recorded.officeCode()).isEmpty()) {
            return;
        }
        var id = PermohonanId.fromSubjectRef(recorded.subjectRef());
        if (id.isEmpty()) {
            return;
        }
        var frontDesk = permohonan.frontDeskPosition(id.get());
        if (frontDesk.isEmpty()) {
            return;
        }
        var view = permohonan.find(id.get());
        var values = new HashMap<String, String>();
        values.put("trackingNumber", view.trackingNumber());
        values.put("service", view.sopName());
        values.put("applicant", view.applicant().name());
        values.put(
                "party",
                offices.positions(recorded.officeCode()).stream()
                        .filter(p -> p.code().equals(recorded.positionCode()))
                        .map(PositionView::title)
                        .findFirst()
                        .orElse(recorded.positionCode()));
        values.put("reference", recorded.reference());
        values.put("resultDate", DATE.format(recorded.resultDate()));
        var kind = NotificationKind.OUTSIDE_RESULT;
        subjects.tell(
                "outside-result:" + recorded.stepId().value(),
                kind,
                recorded.officeCode(),
                offices.actingIn(recorded.officeCode(), frontDesk.get(), offices.today(recorded.officeCode())),
                locale -> texts.render(
                        recorded.officeCode(),
                        kind,
                        locale,
                        values,
                        "/permohonan/" + id.get().value()));
    }
}
