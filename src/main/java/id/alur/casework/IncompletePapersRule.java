package id.alur.casework;

/**
 * What an office's SOP says to do when the papers of the first step (Kelengkapan) are not all there. Kept per
 * office and SOP as data (table {@code casework_papers_rule}); see docs/casework.md.
 */
public enum IncompletePapersRule {
    /** The application is not taken in (seed 002, Peringatan 1: "usulan KIS tidak diproses"). */
    REFUSE,
    /**
     * The application is taken in and, at the SOP's checking step, returned to the applicant to complete (seed 004,
     * step 3: "dikembalikan kepada pemohon untuk dilengkapi").
     */
    RETURN_TO_APPLICANT,
    /** The SOP says nothing: the officer is warned and decides. */
    OFFICER_DECIDES
}
