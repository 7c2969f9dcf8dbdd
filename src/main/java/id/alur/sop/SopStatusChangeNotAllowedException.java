package id.alur.sop;

/**
 * A version cannot move to the asked status: only a draft can be published, only a published version retired, and
 * nothing changes a published version's content.
 */
public class SopStatusChangeNotAllowedException extends RuntimeException {

    private final SopVersionId id;
    private final SopStatus from;
    private final SopStatus to;

    public SopStatusChangeNotAllowedException(SopVersionId id, SopStatus from, SopStatus to) {
        super("SOP version " + id.value() + " is " + from + " and cannot become " + to);
        this.id = id;
        this.from = from;
        this.to = to;
    }

    public SopVersionId id() {
        return id;
    }

    public SopStatus from() {
        return from;
    }

    public SopStatus to() {
        return to;
    }

    public String messageKey() {
        return "sop.version.status-change";
    }
}
