package id.alur.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A case as shown to users.
 *
 * @param sopVersionId the SOP version the case runs on (an {@code id.alur.sop.SopVersionId} value)
 * @param currentSteps the open step, if any (the SOP form has no parallel branches, so at most one)
 * @param resumeAtActivity while returned to the applicant: the activity the case resumes at
 * @param officeTime working time spent in the office's own steps that have closed
 * @param applicantTime working time in the applicant's hands (returned papers, the applicant's lane)
 * @param outsideTime working time in an outside party's hands (e.g. BPJS Kesehatan), on its own clock
 * @param version the optimistic-lock version, bumped by every transition
 */
public record CaseView(
        CaseId id,
        String officeCode,
        long sopVersionId,
        String sopCode,
        String sopName,
        String subjectRef,
        CaseState state,
        List<StepView> currentSteps,
        @Nullable Integer resumeAtActivity,
        Instant startedAt,
        String startedBy,
        @Nullable Instant endedAt,
        @Nullable String endReason,
        Duration officeTime,
        Duration applicantTime,
        Duration outsideTime,
        int version) {

    public CaseView {
        currentSteps = List.copyOf(currentSteps);
    }

    /** The open step, when one is open; in JSON (a 409's {@code current}) as {@code currentStep}, or null. */
    @JsonProperty("currentStep")
    public Optional<StepView> currentStep() {
        return currentSteps.stream().findFirst();
    }
}
