package id.alur.sop;

import id.alur.platform.ConcurrentChangeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A draft was saved by someone else since the revision a save was made from (two admins editing the same draft): a
 * 409 naming who saved it and when, with the draft as it is now; the losing save wrote nothing.
 */
public class SopDraftChangedException extends ConcurrentChangeException {

    private final SopVersionId id;
    private final String code;
    private final int version;

    /**
     * @param current the draft as it is now
     * @param savedBy the username of who saved it last, {@code null} when unknown
     * @param savedAt when, {@code null} when unknown
     */
    public SopDraftChangedException(SopVersionView current, @Nullable String savedBy, @Nullable Instant savedAt) {
        super("sop.draft.changed-meanwhile", savedBy, savedAt, current);
        this.id = current.id();
        this.code = current.code();
        this.version = current.version();
    }

    public SopVersionId id() {
        return id;
    }

    /** The SOP's code and the draft's version number. */
    @Override
    public Object[] arguments() {
        return new Object[] {code, version};
    }
}
