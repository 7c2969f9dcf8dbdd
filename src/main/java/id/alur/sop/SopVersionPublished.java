package id.alur.sop;

/** A version of an office's SOP was published; cases started from now on may run on it once it is in force. */
public record SopVersionPublished(SopVersionId id, String officeCode, String code, int version) {}
