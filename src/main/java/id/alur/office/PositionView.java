package id.alur.office;

/**
 * A position of an office. {@code code} is the SOP lane (actor id) it acts in; {@code rankOrder} 1 is the highest.
 *
 * @param frontDesk its holders record the applicant's steps (intake, hand-over) on the applicant's behalf
 * @param outsideParty an outside party's lane (e.g. BPJS Kesehatan), not an office position proper
 */
public record PositionView(
        String officeCode,
        String code,
        String title,
        int rankOrder,
        boolean frontDesk,
        boolean outsideParty,
        int version) {}
