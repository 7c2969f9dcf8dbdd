package id.alur.workflow;

/** Identifies one case (a permohonan running through an SOP version). */
public record CaseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
