package id.alur.sop;

/** Where a decision sends the case. */
public sealed interface Branch {

    /** Continue at the activity with this number. */
    record ToStep(int number) implements Branch {}

    /** Return the papers to the applicant for completion; the case resumes at the deciding step. */
    record ToApplicant() implements Branch {}

    /**
     * End the application as refused ({@code tolak}, docs/sop-format.md): the case closes as Ditolak, with the reason
     * the decision's note gives.
     */
    record Refuse() implements Branch {}
}
