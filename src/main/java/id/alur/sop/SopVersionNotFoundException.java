package id.alur.sop;

/** No SOP version has this id (→ 404). */
public class SopVersionNotFoundException extends RuntimeException {

    private final SopVersionId id;

    public SopVersionNotFoundException(SopVersionId id) {
        super("No SOP version " + id.value());
        this.id = id;
    }

    public SopVersionId id() {
        return id;
    }

    public String messageKey() {
        return "sop.version.not-found";
    }
}
