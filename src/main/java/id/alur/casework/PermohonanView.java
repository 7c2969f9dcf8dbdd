package id.alur.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A permohonan as the casework module knows it. Where the case stands in its SOP is the workflow's view of
 * {@link #workflowCaseId()}.
 *
 * @param sopName the name of the service as the SOP was in force at intake
 * @param incomplete some papers of the checklist were missing at intake
 */
public record PermohonanView(
        PermohonanId id,
        String trackingNumber,
        String officeCode,
        String sopCode,
        ApplicantView applicant,
        List<HouseholdMemberView> householdMembers,
        List<ChecklistItemView> checklist,
        @Nullable Long workflowCaseId,
        PermohonanStatus status,
        Instant submittedAt,
        String sopName,
        boolean incomplete,
        String submittedBy,
        List<DocumentView> documents,
        List<NoteView> notes,
        Optional<HandoverView> handover) {

    public PermohonanView {
        householdMembers = List.copyOf(householdMembers);
        checklist = List.copyOf(checklist);
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }

    /** The requirements not (yet) present. */
    public List<String> missingRequirements() {
        return checklist.stream()
                .filter(item -> !item.present())
                .map(ChecklistItemView::requirement)
                .toList();
    }

    public Optional<DocumentView> document(DocumentId id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
