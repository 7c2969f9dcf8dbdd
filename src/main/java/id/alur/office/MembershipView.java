package id.alur.office;

/** A user holding a position in an office. */
public record MembershipView(
        long id,
        String username,
        String fullName,
        String officeCode,
        String officeName,
        String positionCode,
        String positionTitle,
        int rankOrder) {}
