package id.alur.office;

import org.jspecify.annotations.Nullable;

/**
 * A position a user may act in on a given day: their own (then {@code kind} and the on-behalf-of fields are
 * {@code null}) or by delegation, saying for whom. The workflow's {@code Acting} record is built from it.
 *
 * @param onBehalfOfUsername the absent holder acted for; {@code null} in own right or for a Plt of a vacant position
 * @param kind PLH or PLT when by delegation, else {@code null}
 */
public record PositionAssignment(
        String officeCode,
        String positionCode,
        String positionTitle,
        int rankOrder,
        boolean frontDesk,
        boolean outsideParty,
        @Nullable String onBehalfOfUsername,
        @Nullable String onBehalfOfName,
        @Nullable DelegationKind kind) {

    public boolean delegated() {
        return kind != null;
    }

    /** "Kepala Dinas", or "Plh Kepala Dinas" by delegation. */
    public String displayTitle() {
        return kind == null ? positionTitle : kind.label() + " " + positionTitle;
    }
}
