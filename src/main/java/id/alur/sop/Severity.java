package id.alur.sop;

/** How bad a {@link SopProblem} is: an error makes the file unusable, a warning is shown and the file is used. */
public enum Severity {
    ERROR,
    WARNING
}
