package id.alur.workflow;

/** The life of one step. */
public enum StepState {
    /** Started, in the inbox of its lane, held by nobody. */
    OPEN,
    /** Taken by one officer, who alone may complete, decide on or release it. */
    CLAIMED,
    /** Completed, decided, recorded or returned. */
    DONE,
    /** Closed without being done because the case was cancelled or withdrawn. */
    CANCELLED;

    public boolean open() {
        return this == OPEN || this == CLAIMED;
    }
}
