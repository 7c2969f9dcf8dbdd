package id.alur.office;

import id.alur.platform.Forms;

/** The name of a token to issue and for how many days it serves (empty: the default). A JavaBean, as {@link Forms} asks. */
final class TokenForm {
    private String name;
    private Integer validDays;

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
