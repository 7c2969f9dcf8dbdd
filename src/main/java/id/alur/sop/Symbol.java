package id.alur.sop;

/** The flowchart symbols of PermenPAN-RB 35/2012 that an activity can carry; arrows are implied by the order. */
public enum Symbol {
    TERMINATOR,
    PROCESS,
    DECISION,
    CONNECTOR
}
