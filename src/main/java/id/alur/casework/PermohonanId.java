package id.alur.casework;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Identifies a permohonan. The workflow case carries it as {@code subjectRef} "permohonan:&lt;id&gt;". */
public record PermohonanId(long value) {

    static final String SUBJECT_PREFIX = "permohonan:";

    public String subjectRef() {
        return SUBJECT_PREFIX + value;
    }

    /** The permohonan a workflow case is about, or empty when its subject is something else. */
    public static Optional<PermohonanId> fromSubjectRef(@Nullable String subjectRef) {
        if (subjectRef == null || !subjectRef.startsWith(SUBJECT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PermohonanId(Long.parseLong(subjectRef.substring(SUBJECT_PREFIX.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
