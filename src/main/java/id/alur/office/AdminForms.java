package id.alur.office;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the administration screens, bound from request parameters. */
final class AdminForms {

    private AdminForms() {}

    record OfficeForm(String code, String name, OfficeKind kind, String address, String zoneId, int version) {

        static OfficeForm of(OfficeView office) {
            return new OfficeForm(
                    office.code(),
                    office.name(),
                    office.kind(),
                    office.address(),
                    office.zone().getId(),
                    office.version());
        }

        static OfficeForm empty() {
            return new OfficeForm(null, null, null, null, "Asia/Jakarta", 0);
        }

        OfficeDetails details() {
            return new OfficeDetails(name, kind, address, zoneId);
        }
    }

    record PositionForm(
            String code, String title, Integer rankOrder, boolean frontDesk, boolean outsideParty, int version) {

        static PositionForm of(PositionView position) {
            return new PositionForm(
                    position.code(),
                    position.title(),
                    position.rankOrder(),
                    position.frontDesk(),
                    position.outsideParty(),
                    position.version());
        }

        static PositionForm empty() {
            return new PositionForm(null, null, null, false, false, 0);
        }

        PositionDetails details() {
            return new PositionDetails(title, rankOrder, frontDesk, outsideParty);
        }
    }

    record NewUserForm(
            String username,
            String fullName,
            String nip,
            String pangkat,
            String email,
            String password,
            String officeCode,
            String positionCode) {

        static NewUserForm empty(String officeCode) {
            return new NewUserForm(null, null, null, null, null, null, officeCode, null);
        }

        UserProfile profile() {
            return new UserProfile(fullName, nip, pangkat, email);
        }
    }

    record ProfileForm(String fullName, String nip, String pangkat, String email, int version) {

        static ProfileForm of(UserView user) {
            return new ProfileForm(user.fullName(), user.nip(), user.pangkat(), user.email(), user.version());
        }

        UserProfile profile() {
            return new UserProfile(fullName, nip, pangkat, email);
        }
    }

    record PasswordForm(String password) {}

    record MembershipForm(String officeCode, String positionCode) {}

    record TokenForm(String name) {}

    record DelegationForm(
            String positionCode,
            String holderUsername,
            String standInUsername,
            DelegationKind kind,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            String reason) {

        static DelegationForm empty(LocalDate today) {
            return new DelegationForm(null, null, null, DelegationKind.PLH, today, today, null);
        }

        NewDelegation toDelegation(String officeCode) {
            return new NewDelegation(
                    officeCode, positionCode, holderUsername, standInUsername, kind, startsOn, endsOn, reason);
        }
    }

    /** An option of a select: a value and its text. */
    record Option(String value, String text) {}
}
