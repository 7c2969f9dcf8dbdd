package id.alur.registry;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Any bad row refuses the whole file and nothing is written: the default. */
    ALL_OR_NOTHING,
    /** The good rows become the edition and the bad ones are reported: only when the admin chooses it. */
    VALID_ROWS_ONLY
}
