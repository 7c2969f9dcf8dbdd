package id.alur.office;

import id.alur.platform.Forms;

/** A position to add to a user. A JavaBean, as {@link Forms} asks of forms. */
final class MembershipForm {
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
