package id.alur.workflow;

/** What an officer records against a step for the SOP's monitoring (PermenPAN-RB 35/2012's monitoring form). */
public enum FindingKind {
    /** An obstacle met while carrying out the step. */
    HAMBATAN,
    /** The step was carried out otherwise than the SOP says. */
    PENYIMPANGAN,
    /** A proposal to change the SOP. */
    USULAN
}
