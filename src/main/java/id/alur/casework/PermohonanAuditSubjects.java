package id.alur.casework;

import id.alur.platform.AuditSubject;
import id.alur.platform.AuditSubjects;
import id.alur.platform.NikStructure;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the audit page's subject filter means in casework: a tracking number is its permohonan; a NIK every permohonan
 * the person appears in, as applicant or household member. The trail records a permohonan by its id and never the
 * NIK itself (UU 27/2022: no more personal data than needed), so a NIK is looked up here.
 */
@Component
class PermohonanAuditSubjects implements AuditSubjects {

    private final PermohonanViews views;

    PermohonanAuditSubjects(PermohonanViews views) {
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditSubject> resolve(String text) {
        String typed = text.strip();
        if (typed.length() == NikStructure.LENGTH && typed.chars().allMatch(Character::isDigit)) {
            return views.idsWithPerson(typed).stream()
                    .map(PermohonanAuditSubjects::subject)
                    .toList();
        }
        return TrackingNumber.parse(typed)
                .flatMap(number -> views.findIdByTracking(number.value()))
                .map(id -> List.of(subject(id)))
                .orElse(List.of());
    }

    private static AuditSubject subject(PermohonanId id) {
        return new AuditSubject("permohonan", String.valueOf(id.value()));
    }
}
