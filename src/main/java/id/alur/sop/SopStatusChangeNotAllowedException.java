package id.alur.sop;

import id.alur.platform.ConcurrentChangeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A version cannot move to the asked status: only a draft can be published, only a published version retired, and
 * nothing changes a published version's content. It is a 409 with the version's fresh state: the page that offered
 * the change showed an older one (another administrator published or retired it meanwhile).
 */
public class SopStatusChangeNotAllowedException extends ConcurrentChangeException {

    private final SopVersionId id;
    private final SopStatus from;
    private final SopStatus to;

    /**
     * @param current the version as it is now
     * @param changedAt when it reached its present status, or {@code null} for a draft
     */
    public SopStatusChangeNotAllowedException(SopVersionView current, SopStatus to, @Nullable Instant changedAt) {
        super("sop.version.status-change", null, changedAt, current);
        this.id = current.id();
        this.from = current.status();
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

    /** The version and both statuses by their names in the reader's language ({@code sop.status.*}). */
    @Override
    public Object[] arguments() {
        return new Object[] {
            String.valueOf(id.value()),
            new DefaultMessageSourceResolvable("sop.status." + from.name()),
            new DefaultMessageSourceResolvable("sop.status." + to.name())
        };
    }
}
