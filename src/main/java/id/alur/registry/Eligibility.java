package id.alur.registry;

/**
 * What the office's rule for a service says of a registry look-up (issue 16 item 2). Advice for the officer at the
 * verification step, who still decides: the registry never refuses an application.
 */
public enum Eligibility {
    /** In the registry, desil at or below the service's highest accepted desil ("memenuhi"). */
    MEETS,
    /** In the registry, desil above it ("tidak memenuhi"). */
    NOT_MET,
    /** Not in the edition looked up, or the office had no edition ("tidak ditemukan"): a warning, not a refusal. */
    NOT_FOUND,
    /** The office set no rule for the service: the desil alone is shown. */
    NO_RULE;

    /** The verdict of a rule (the highest accepted desil, or {@code null} for none) on a look-up's result. */
    public static Eligibility of(@org.jspecify.annotations.Nullable Integer maxDesil, boolean found, int desil) {
        if (!found) {
            return NOT_FOUND;
        }
        if (maxDesil == null) {
            return NO_RULE;
        }
        return desil <= maxDesil ? MEETS : NOT_MET;
    }
}
