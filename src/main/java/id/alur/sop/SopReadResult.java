package id.alur.sop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reading an SOP file found: the SOP when it has no errors, and every problem (errors and warnings), in file
 * order.
 *
 * @param sop the SOP, or {@code null} when any problem is an error
 */
public record SopReadResult(@Nullable Sop sop, List<SopProblem> problems) {

    public SopReadResult {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return sop != null;
    }

    public List<SopProblem> errors() {
        return problems.stream().filter(SopProblem::isError).toList();
    }

    public List<SopProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
