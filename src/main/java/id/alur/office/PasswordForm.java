package id.alur.office;

import id.alur.platform.Forms;

/** A new password. A JavaBean, as {@link Forms} asks of forms. */
final class PasswordForm {
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
