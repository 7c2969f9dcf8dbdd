package id.alur.casework;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application waiting outside the office, in a queue of the front desk's home page.
 *
 * @param since when it started waiting: returned to the applicant, sent to the outside party, ready to hand over
 * @param dueAt the open step's due time (the outside party's clock), {@code null} when none
 * @param missing the papers still missing (what the applicant must bring)
 */
public record QueueRow(
        PermohonanId id,
        String trackingNumber,
        String sopName,
        String applicantName,
        @Nullable String activityName,
        Instant since,
        @Nullable Instant dueAt,
        List<String> missing) {

    public QueueRow {
        missing = List.copyOf(missing);
    }
}
