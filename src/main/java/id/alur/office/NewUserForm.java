package id.alur.office;

/** A new user as entered: their details, username, first password and first position. */
final class NewUserForm extends ProfileForm {
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
