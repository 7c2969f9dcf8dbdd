package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision branched to the SOP's refusal end ({@code tolak}): the application is refused for {@code reason} (the
 * decision's note). No step follows, so no letter is numbered.
 */
public record CaseRefused(
        CaseId caseId,
        String officeCode,
        String subjectRef,
        @Nullable String reason,
        Instant refusedAt) {}
