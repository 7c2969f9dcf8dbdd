package id.alur.office;

import id.alur.platform.Forms;

/** An office as entered. A JavaBean, as {@link Forms} asks of forms. */
final class OfficeForm {
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
