package id.alur.sop;

/**
 * One problem found in an SOP file.
 *
 * @param file the file name as given by the caller
 * @param line 1-based line of the offending value (1 when the problem concerns the whole file)
 * @param column 1-based column
 * @param code a stable identifier of the kind of problem, e.g. {@code unknown-lane} (docs/sop-format.md lists them)
 * @param message the problem in the reader's language (Indonesian unless English was asked for)
 */
public record SopProblem(String file, int line, int column, Severity severity, String code, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity [code] message}, the form compilers use, so editors can jump to it. */
    public String format(String severityWord) {
        return file + ":" + line + ":" + column + ": " + severityWord + " [" + code + "] " + message;
    }
}
