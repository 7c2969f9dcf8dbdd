package id.alur.office;

import id.alur.platform.Forms;

/** The name of a token to issue. A JavaBean, as {@link Forms} asks of forms. */
final class TokenForm {
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
