package id.alur.office;

import id.alur.platform.Forms;

/** A position as entered. A JavaBean, as {@link Forms} asks of forms. */
final class PositionForm {
    private String code;
    private String title;
    private Integer rankOrder;
    private boolean frontDesk;
    private boolean outsideParty;
    private int version;

    static PositionForm of(PositionView position) {
        var form = new PositionForm();
        form.code = position.code();
        form.title = position.title();
        form.rankOrder = position.rankOrder();
        form.frontDesk = position.frontDesk();
        form.outsideParty = position.outsideParty();
        form.version = position.version();
        return form;
    }

    PositionDetails details() {
        return new PositionDetails(title, rankOrder, frontDesk, outsideParty);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getRankOrder() {
        return rankOrder;
    }

    public void setRankOrder(Integer rankOrder) {
        this.rankOrder = rankOrder;
    }

    public boolean isFrontDesk() {
        return frontDesk;
    }

    public void setFrontDesk(boolean frontDesk) {
        this.frontDesk = frontDesk;
    }

    public boolean isOutsideParty() {
        return outsideParty;
    }

    public void setOutsideParty(boolean outsideParty) {
        this.outsideParty = outsideParty;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
