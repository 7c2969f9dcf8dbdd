package id.alur.casework;

import id.alur.sop.Activity;
import id.alur.sop.Sop;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who sees a permohonan's whole NIK and KK numbers, on the case page and in the API alike: the front desk, which takes
 * them from the KTP and KK, and the lanes that check the papers — the decisions that can send them back to the
 * applicant (seed 000 step 2, seed 004 step 3). Everyone else sees them masked (docs/casework.md, "Who sees the NIK").
 * The applicant's phone number is whole only to the lanes that contact the applicant: the front desk and the lanes
 * that hand the applicant the result (seed 004 step 6, {@link Sop#handingOverLane}); the others see it masked and may
 * ask for it on the case page, on the audit trail.
 */
final class NikDisclosure {

    private NikDisclosure() {}

    /** Whether an officer in these positions (own and delegated) sees the whole numbers of this SOP's permohonan. */
    static boolean full(Sop sop, Set<String> positions) {
        return lanes(sop).stream().anyMatch(positions::contains);
    }

    /** The permohonan as an officer in these positions may see it: the numbers, then the phone. */
    static PermohonanView forOfficer(PermohonanView view, Sop sop, Set<String> positions) {
        var numbers = full(sop, positions) ? view : masked(view);
        return phoneWhole(sop, positions) ? numbers : phoneMasked(numbers);
    }

    /** Whether an officer in these positions contacts the applicant of this SOP's permohonan, so sees the phone. */
    static boolean phoneWhole(Sop sop, Set<String> positions) {
        return contactLanes(sop).stream().anyMatch(positions::contains);
    }

    /** The permohonan with the applicant's phone number masked. */
    static PermohonanView phoneMasked(PermohonanView view) {
        return new PermohonanView(
                view.id(),
                view.trackingNumber(),
                view.officeCode(),
                view.sopCode(),
                view.applicant().withPhoneMasked(),
                view.householdMembers(),
                view.checklist(),
                view.workflowCaseId(),
                view.status(),
                view.submittedAt(),
                view.sopName(),
                view.incomplete(),
                view.submittedBy(),
                view.documents(),
                view.notes(),
                view.handover());
    }

    private static Set<String> contactLanes(Sop sop) {
        var lanes = new LinkedHashSet<String>();
        lanes.add(Services.frontDeskLane(sop));
        lanes.addAll(Services.handingOverLanes(sop));
        return Set.copyOf(lanes);
    }

    private static Set<String> lanes(Sop sop) {
        var lanes = new LinkedHashSet<String>();
        lanes.add(Services.frontDeskLane(sop));
        for (Activity activity : sop.activities()) {
            if (Services.returnsPapers(activity)) {
                lanes.add(activity.actorId());
            }
        }
        return Set.copyOf(lanes);
    }

    /**
     * The permohonan with every NIK, the KK number and the applicant's e-mail masked: the e-mail is contact data the
     * front desk took for messages (UU 27/2022 on personal data: no more than each reader needs), which the
     * reviewing and signing lanes do not use.
     */
    static PermohonanView masked(PermohonanView view) {
        var a = view.applicant();
        var applicant = new ApplicantView(
                a.maskedNik(),
                a.name(),
                a.birthDate(),
                a.sex(),
                a.address(),
                a.villageCode(),
                a.villageName(),
                a.phone(),
                ApplicantView.mask(a.familyCardNumber()),
                ApplicantView.maskEmail(a.email()),
                a.notifyConsent());
        var members = view.householdMembers().stream()
                .map(m -> new HouseholdMemberView(m.maskedNik(), m.name(), m.relationship()))
                .toList();
        return new PermohonanView(
                view.id(),
                view.trackingNumber(),
                view.officeCode(),
                view.sopCode(),
                applicant,
                members,
                view.checklist(),
                view.workflowCaseId(),
                view.status(),
                view.submittedAt(),
                view.sopName(),
                view.incomplete(),
                view.submittedBy(),
                view.documents(),
                view.notes(),
                view.handover());
    }
}
