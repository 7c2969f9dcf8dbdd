package id.alur.office;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the administration screens. JavaBeans rather than records: a value that cannot be converted (a
 * letter in a number, a broken date) then leaves the field empty with an error next to it, and the form can be
 * shown again; constructor binding would leave no form at all.
 */
final class AdminForms {

    private AdminForms() {}

    /** An office as entered. */
    static final class OfficeForm {
        private String code;
        private String name;
        private OfficeKind kind;
        private String address;
        private String zoneId;
        private int version;

        static OfficeForm of(OfficeView office) {
            var form = new OfficeForm();
            form.code = office.code();
            form.name = office.name();
            form.kind = office.kind();
            form.address = office.address();
            form.zoneId = office.zone().getId();
            form.version = office.version();
            return form;
        }

        static OfficeForm empty() {
            var form = new OfficeForm();
            form.zoneId = "Asia/Jakarta";
            return form;
        }

        OfficeDetails details() {
            return new OfficeDetails(name, kind, address, zoneId);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public OfficeKind getKind() {
            return kind;
        }

        public void setKind(OfficeKind kind) {
            this.kind = kind;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getZoneId() {
            return zoneId;
        }

        public void setZoneId(String zoneId) {
            this.zoneId = zoneId;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A position as entered. */
    static final class PositionForm {
        private String code;
        private String title;
        private Integer rankOrder;
        private boolean frontDesk;
        private boolean outsideParty;
        private int version;

        static PositionForm of(PositionView position) {
            var form = new PositionForm();
            form.code = position.code();
            form.title = position.title();
            form.rankOrder = position.rankOrder();
            form.frontDesk = position.frontDesk();
            form.outsideParty = position.outsideParty();
            form.version = position.version();
            return form;
        }

        PositionDetails details() {
            return new PositionDetails(title, rankOrder, frontDesk, outsideParty);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getRankOrder() {
            return rankOrder;
        }

        public void setRankOrder(Integer rankOrder) {
            this.rankOrder = rankOrder;
        }

        public boolean isFrontDesk() {
            return frontDesk;
        }

        public void setFrontDesk(boolean frontDesk) {
            this.frontDesk = frontDesk;
        }

        public boolean isOutsideParty() {
            return outsideParty;
        }

        public void setOutsideParty(boolean outsideParty) {
            this.outsideParty = outsideParty;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A user's details as entered, shared by the new-user and the edit-user form. */
    abstract static class ProfileFields {
        private String fullName;
        private String nip;
        private String pangkat;
        private String email;

        UserProfile profile() {
            return new UserProfile(fullName, nip, pangkat, email);
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getNip() {
            return nip;
        }

        public void setNip(String nip) {
            this.nip = nip;
        }

        public String getPangkat() {
            return pangkat;
        }

        public void setPangkat(String pangkat) {
            this.pangkat = pangkat;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** A new user as entered, with their first position. */
    static final class NewUserForm extends ProfileFields {
        private String username;
        private String password;
        private String officeCode;
        private String positionCode;

        static NewUserForm empty(String officeCode) {
            var form = new NewUserForm();
            form.officeCode = officeCode;
            return form;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getOfficeCode() {
            return officeCode;
        }

        public void setOfficeCode(String officeCode) {
            this.officeCode = officeCode;
        }

        public String getPositionCode() {
            return positionCode;
        }

        public void setPositionCode(String positionCode) {
            this.positionCode = positionCode;
        }
    }

    /** A user's details as entered. */
    static final class ProfileForm extends ProfileFields {
        private int version;

        static ProfileForm of(UserView user) {
            var form = new ProfileForm();
            form.setFullName(user.fullName());
            form.setNip(user.nip());
            form.setPangkat(user.pangkat());
            form.setEmail(user.email());
            form.version = user.version();
            return form;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A new password. */
    static final class PasswordForm {
        private String password;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** A position to add to a user. */
    static final class MembershipForm {
        private String officeCode;
        private String positionCode;

        public String getOfficeCode() {
            return officeCode;
        }

        public void setOfficeCode(String officeCode) {
            this.officeCode = officeCode;
        }

        public String getPositionCode() {
            return positionCode;
        }

        public void setPositionCode(String positionCode) {
            this.positionCode = positionCode;
        }
    }

    /** The name of a token to issue. */
    static final class TokenForm {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A Plh/Plt as entered. */
    static final class DelegationForm {
        private String positionCode;
        private String holderUsername;
        private String standInUsername;
        private DelegationKind kind;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;

        private String reason;

        static DelegationForm empty(LocalDate today) {
            var form = new DelegationForm();
            form.kind = DelegationKind.PLH;
            form.startsOn = today;
            form.endsOn = today;
            return form;
        }

        NewDelegation toDelegation(String officeCode) {
            return new NewDelegation(
                    officeCode, positionCode, holderUsername, standInUsername, kind, startsOn, endsOn, reason);
        }

        public String getPositionCode() {
            return positionCode;
        }

        public void setPositionCode(String positionCode) {
            this.positionCode = positionCode;
        }

        public String getHolderUsername() {
            return holderUsername;
        }

        public void setHolderUsername(String holderUsername) {
            this.holderUsername = holderUsername;
        }

        public String getStandInUsername() {
            return standInUsername;
        }

        public void setStandInUsername(String standInUsername) {
            this.standInUsername = standInUsername;
        }

        public DelegationKind getKind() {
            return kind;
        }

        public void setKind(DelegationKind kind) {
            this.kind = kind;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** An option of a select: a value and its text. */
    record Option(String value, String text) {}
}
