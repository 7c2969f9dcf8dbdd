package id.alur.platform;

/** What a signed-in user may do (docs/security.md). */
public enum Role {
    /** Runs the system: all offices, all users, API tokens. */
    ADMIN,
    /** Administers one office: its positions, members and delegations. */
    OFFICE_ADMIN,
    /** Holds a position in the office (or stands in for one) and works cases through the inbox. */
    OFFICER,
    /** Works for an outside party such as BPJS Kesehatan in its lane of an SOP. */
    OUTSIDE_PARTY;

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
