package id.alur.platform;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Bad input: answered with status 422 and the form re-rendered with each problem next to its field (see
 * {@link Forms#submit}), or an RFC 9457 problem listing them under {@code /api/**}. Nothing was written.
 */
public class InvalidInputException extends AlurException {

    private final transient List<InputProblem> problems;

    public InvalidInputException(@Nullable String field, String messageKey, Object... arguments) {
        this(List.of(InputProblem.ofField(field, messageKey, arguments)));
    }

    public InvalidInputException(List<InputProblem> problems) {
        super(
                describe(problems),
                first(problems).messageKey(),
                first(problems).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found; never empty. */
    public List<InputProblem> problems() {
        return problems;
    }

    /**
     * Every problem as a sentence in the reader's language, for a page that lists them above its filter or form (the
     * report and search pages, the audit page) rather than beside a bound field.
     */
    public List<String> messages(MessageSource messages, Locale locale) {
        return problems.stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))
                .toList();
    }

    private static InputProblem first(List<InputProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one problem");
        }
        return problems.getFirst();
    }

    private static String describe(List<InputProblem> problems) {
        return "Invalid input: "
                + first(problems).messageKey()
                + " ["
                + problems.stream()
                        .map(p -> (p.row() == null ? "" : "row " + p.row() + " ")
                                + (p.field() == null ? "" : p.field() + ": ")
                                + p.messageKey())
                        .collect(Collectors.joining(", "))
                + "]";
    }
}
