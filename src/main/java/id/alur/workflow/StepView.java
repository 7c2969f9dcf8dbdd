package id.alur.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step of a case as shown to users: the activity, its lane, its timing against the Mutu Baku, and what was recorded
 * when it closed.
 *
 * @param standardText the SOP's standard time as printed (e.g. "15 Menit"), or {@code null} when it gives none
 * @param dueAt when the standard time runs out, {@code null} without a standard
 * @param workingTime working time from start to close, {@code null} while open
 * @param withinStandard closed by the due time; {@code null} while open or without a standard
 * @param closedAction how it closed (COMPLETED, DECIDED_YA …), {@code null} while open
 */
public record StepView(
        StepId id,
        int activityNumber,
        String activityName,
        String positionCode,
        String laneName,
        LaneKind laneKind,
        StepState state,
        Instant startedAt,
        @Nullable String standardText,
        @Nullable Instant dueAt,
        @Nullable String claimedBy,
        @Nullable String claimedByName,
        @Nullable Instant claimedAt,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        @Nullable String closedByName,
        @Nullable HistoryAction closedAction,
        @Nullable Duration workingTime,
        @Nullable Boolean withinStandard,
        @Nullable String outputName,
        @Nullable String outputRef,
        @Nullable String note,
        @Nullable String resultReference,
        @Nullable LocalDate resultDate,
        @Nullable String resultAttachmentRef,
        @Nullable String handOverReceivedBy,
        @Nullable Instant handOverReceivedAt,
        @Nullable String handOverIdentity,
        @Nullable Instant overdueFlaggedAt) {

    /** Past its due time at {@code now} (while open) or closed after it. */
    public boolean overdueAt(Instant now) {
        if (dueAt == null) {
            return false;
        }
        Instant end = closedAt != null ? closedAt : now;
        return end.isAfter(dueAt);
    }
}
