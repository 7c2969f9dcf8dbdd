package id.alur.casework;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Identifies an uploaded scan (berkas). */
public record DocumentId(long value) {

    static final String REF_PREFIX = "casework-document:";

    /** How other modules refer to the scan, e.g. as the evidence of an outside party's result. */
    public String ref() {
        return REF_PREFIX + value;
    }

    public static Optional<DocumentId> fromRef(@Nullable String ref) {
        if (ref == null || !ref.startsWith(REF_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DocumentId(Long.parseLong(ref.substring(REF_PREFIX.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
