package id.alur.sop;

/** Where a version of an SOP stands: a draft may still be discarded, a published one never changes. */
public enum SopStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
