package id.alur.sop;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;

/**
 * A version cannot be published while a {@link ReadinessCheck} reports a blocking item: bad input (422), each blocking
 * item one problem with its message key and arguments. Nothing was written.
 */
public class SopNotReadyException extends InvalidInputException {

    private final transient List<ReadinessItem> items;

    public SopNotReadyException(List<ReadinessItem> blocking) {
        super(blocking.stream()
                .map(item ->
                        InputProblem.general(item.messageKey(), item.arguments().toArray()))
                .toList());
        this.items = List.copyOf(blocking);
    }

    /** A one-line notice above the list of blocking items. */
    @Override
    public String messageKey() {
        return "sop.readiness.blocked";
    }

    @Override
    public Object[] arguments() {
        return new Object[0];
    }

    /** The blocking items, in the order the checks reported them. */
    public List<ReadinessItem> items() {
        return items;
    }
}
