package id.alur.sop;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;

/**
 * An SOP file has errors (warnings are not included): bad input, each problem an {@link InputProblem} on the line it
 * stands on ({@link InputProblem#row()}) and the path of its value in the file as the field
 * ({@code kegiatan[2].pelaksana}). {@link #sopProblems()} keeps them with their columns and texts, for the command
 * line and editors.
 */
public class InvalidSopException extends InvalidInputException {

    private final transient List<SopProblem> sopProblems;

    public InvalidSopException(List<SopProblem> problems) {
        super(problems.stream().map(InvalidSopException::inputProblem).toList());
        this.sopProblems = List.copyOf(problems);
    }

    /** Every error of the file, in file order. */
    public List<SopProblem> sopProblems() {
        return sopProblems;
    }

    /** A one-line notice above the list of problems. */
    @Override
    public String messageKey() {
        return "sop.invalid";
    }

    @Override
    public Object[] arguments() {
        return new Object[0];
    }

    private static InputProblem inputProblem(SopProblem problem) {
        return InputProblem.ofRow(
                problem.line(),
                problem.path(),
                "sop.problem." + problem.code(),
                problem.arguments().toArray());
    }
}
