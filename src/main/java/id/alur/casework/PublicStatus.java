package id.alur.casework;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What anyone holding the receipt may see of a permohonan: the service, where it stands and since when. No name, no
 * NIK, no address, no notes.
 *
 * @param currentStep the name of the open step (the SOP's activity), {@code null} when none is open
 * @param currentStepDueAt when that step's standard time runs out, {@code null} without a standard
 * @param closedAt when the permohonan finished or was cancelled, else {@code null}
 * @param zone the office's time zone, in which its times are shown
 */
public record PublicStatus(
        String trackingNumber,
        String officeName,
        String sopName,
        Instant submittedAt,
        CaseStage stage,
        @Nullable String currentStep,
        @Nullable Instant currentStepStartedAt,
        @Nullable Instant currentStepDueAt,
        @Nullable Instant closedAt,
        ZoneId zone) {}
