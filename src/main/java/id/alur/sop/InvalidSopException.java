package id.alur.sop;

import java.util.List;

/** An SOP file has errors; {@link #problems()} lists every one of them (warnings are not included). */
public class InvalidSopException extends RuntimeException {

    private final List<SopProblem> problems;

    public InvalidSopException(List<SopProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<SopProblem> problems() {
        return problems;
    }

    /** The message key for a one-line notice to the user; the problems carry their own texts. */
    public String messageKey() {
        return "sop.invalid";
    }

    private static String summary(List<SopProblem> problems) {
        var text =
                new StringBuilder("Invalid SOP file: ").append(problems.size()).append(" error(s)");
        problems.stream()
                .limit(5)
                .forEach(p -> text.append("\n  ").append(p.format(p.severity().name())));
        if (problems.size() > 5) {
            text.append("\n  ...");
        }
        return text.toString();
    }
}
