package id.alur.letter;

import java.util.Optional;

/** The form of an office's letterhead (kop surat): its text; the logo is uploaded with a form of its own. */
final class LetterheadForm {
    private String governmentName;
    private String officeName;
    private String address;
    private String contact;
    private String place;
    private String regionCode;
    private boolean hasLogo;
    private int version;

    static LetterheadForm of(LetterheadView l) {
        var form = new LetterheadForm();
        form.governmentName = l.governmentName();
        form.officeName = l.officeName();
        form.address = l.address();
        form.contact = l.contact();
        form.place = l.place();
        form.regionCode = l.regionCode();
        form.hasLogo = l.hasLogo();
        form.version = l.version();
        return form;
    }

    /** The office's letterhead, or an empty form when the admin has written none yet. */
    static LetterheadForm of(String office, Optional<LetterheadView> letterhead) {
        return of(letterhead.orElse(new LetterheadView(office, null, null, null, null, null, false, 0)));
    }

    LetterheadView toView(String office) {
        return new LetterheadView(
                office, governmentName, officeName, address, contact, place, hasLogo, version, regionCode);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String v) {
        this.regionCode = v;
    }

    public String getGovernmentName() {
        return governmentName;
    }

    public void setGovernmentName(String v) {
        this.governmentName = v;
    }

    public String getOfficeName() {
        return officeName;
    }

    public void setOfficeName(String v) {
        this.officeName = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        this.address = v;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String v) {
        this.contact = v;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String v) {
        this.place = v;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public void setHasLogo(boolean v) {
        this.hasLogo = v;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int v) {
        this.version = v;
    }
}
