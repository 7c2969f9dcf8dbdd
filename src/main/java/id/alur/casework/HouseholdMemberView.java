package id.alur.casework;

/** A member of the applicant's household as listed at intake. */
public record HouseholdMemberView(String nik, String name, Relationship relationship) {

    public String maskedNik() {
        return ApplicantView.mask(nik);
    }
}
