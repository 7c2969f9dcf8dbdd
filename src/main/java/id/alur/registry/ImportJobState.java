package id.alur.registry;

/** Where an upload is on its way to an edition. */
enum ImportJobState {
    /** Every row is being checked; nothing is written to the registry. */
    CHECKING,
    /** Checked: the preview, the problems and the mode choice wait for the admin. */
    CHECKED,
    /** The file cannot become an edition (unreadable, no good row, or bad rows with all-or-nothing). */
    REFUSED,
    /** The rows are going into the new edition. */
    IMPORTING,
    /** The edition committed and serves look-ups. */
    IMPORTED,
    /** Interrupted (a restart) or the file was gone; nothing was written. */
    FAILED;

    public boolean running() {
        return this == CHECKING || this == IMPORTING;
    }
}
