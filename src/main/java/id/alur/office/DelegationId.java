package id.alur.office;

/** Identifies a delegation (Plh/Plt). */
public record DelegationId(long value) {}
