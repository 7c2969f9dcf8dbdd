package id.alur.sop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in an SOP file.
 *
 * @param file the file name as given by the caller
 * @param line 1-based line of the offending value (1 when the problem concerns the whole file)
 * @param column 1-based column
 * @param code a stable identifier of the kind of problem, e.g. {@code unknown-lane} (docs/sop-format.md lists them);
 *     its text is the message {@code sop.problem.<code>} of {@code i18n/sop*.properties}
 * @param path where in the file the value stands, e.g. {@code kegiatan[2].pelaksana} or {@code identitas.nomor};
 *     {@code null} when the problem concerns the whole file (not UTF-8, not YAML, too large)
 * @param arguments the message's arguments, as text
 * @param message the problem in the reader's language (Indonesian unless English was asked for)
 */
public record SopProblem(
        String file,
        int line,
        int column,
        Severity severity,
        String code,
        @Nullable String path,
        List<String> arguments,
        String message) {

    public SopProblem {
        arguments = List.copyOf(arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity [code] message}, the form compilers use, so editors can jump to it. */
    public String format(String severityWord) {
        return file + ":" + line + ":" + column + ": " + severityWord + " [" + code + "] " + message;
    }
}
