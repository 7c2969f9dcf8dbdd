package id.alur.notification;

/** The profile page's notification section as posted. */
public class PreferenceForm {

    private String phone = "";
    private boolean gateway;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public boolean isGateway() {
        return gateway;
    }

    public void setGateway(boolean gateway) {
        this.gateway = gateway;
    }
}
