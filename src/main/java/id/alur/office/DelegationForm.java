package id.alur.office;

import id.alur.platform.Forms;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A Plh/Plt as entered. A JavaBean, as {@link Forms} asks of forms. */
final class DelegationForm {
    private String positionCode;
    private String holderUsername;
    private String standInUsername;
    private DelegationKind kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private String reason;

    static DelegationForm empty(LocalDate today) {
        var form = new DelegationForm();
        form.kind = DelegationKind.PLH;
        form.startsOn = today;
        form.endsOn = today;
        return form;
    }

    NewDelegation toDelegation(String officeCode) {
        return new NewDelegation(
                officeCode, positionCode, holderUsername, standInUsername, kind, startsOn, endsOn, reason);
    }

    public String getPositionCode() {
        return positionCode;
    }

    public void setPositionCode(String positionCode) {
        this.positionCode = positionCode;
    }

    public String getHolderUsername() {
        return holderUsername;
    }

    public void setHolderUsername(String holderUsername) {
        this.holderUsername = holderUsername;
    }

    public String getStandInUsername() {
        return standInUsername;
    }

    public void setStandInUsername(String standInUsername) {
        this.standInUsername = standInUsername;
    }

    public DelegationKind getKind() {
        return kind;
    }

    public void setKind(DelegationKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
