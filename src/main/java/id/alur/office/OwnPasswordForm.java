package id.alur.office;

/** The own password change of the profile page. A JavaBean, as {@link id.alur.platform.Forms} asks of forms. */
public final class OwnPasswordForm {
    private String currentPassword;
    private String password;
    private String repeatedPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
