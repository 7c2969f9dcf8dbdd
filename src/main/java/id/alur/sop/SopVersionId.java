package id.alur.sop;

/** Identifies one stored version of an SOP. */
public record SopVersionId(long value) {}
