package id.alur.office;

import id.alur.platform.Forms;

/** A user's details as entered, editing them or ({@link NewUserForm}) creating the user. A JavaBean, as {@link Forms} asks of forms. */
class ProfileForm {
    private String fullName;
    private String nip;
    private String pangkat;
    private String email;
    private int version;

    static ProfileForm of(UserView user) {
        var form = new ProfileForm();
        form.fullName = user.fullName();
        form.nip = user.nip();
        form.pangkat = user.pangkat();
        form.email = user.email();
        form.version = user.version();
        return form;
    }

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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
