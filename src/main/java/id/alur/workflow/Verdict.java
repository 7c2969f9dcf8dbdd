package id.alur.workflow;

/** The answer at a decision (keputusan) of the SOP. */
public enum Verdict {
    YA,
    TIDAK
}
