package id.alur.sop.yaml;

import id.alur.sop.Severity;
import id.alur.sop.SopProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** The problems found while reading one file, each at its line and column, with its text in the reader's language. */
final class Problems {

    private final String file;
    private final ProblemTexts texts;
    private final List<SopProblem> found = new ArrayList<>();

    Problems(String file, ProblemTexts texts) {
        this.file = file;
        this.texts = texts;
    }

    /** A problem at the start of {@code node} (line 1, column 1 without one) about the value at {@code path}. */
    void at(@Nullable Node node, @Nullable String path, Severity severity, String code, Object... args) {
        Mark mark = node == null ? null : node.getStartMark().orElse(null);
        add(severity, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, path, code, args);
    }

    void add(Severity severity, int line, int column, @Nullable String path, String code, Object... args) {
        // Arguments are shown as given (a size of 1048576 bytes, not "1.048.576"), in any language.
        List<String> arguments = Arrays.stream(args).map(String::valueOf).toList();
        String message = texts.text("sop.problem." + code, arguments.toArray());
        found.add(new SopProblem(file, line, column, severity, code, path, arguments, message));
    }

    List<SopProblem> all() {
        return List.copyOf(found);
    }
}
