package id.alur.casework;

/** Identifies an uploaded scan (berkas). */
public record DocumentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
