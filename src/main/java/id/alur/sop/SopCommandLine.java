package id.alur.sop;

import java.io.PrintStream;

/** The {@code sop} command line: validate, render and export SOP files without starting the application. */
public final class SopCommandLine {

    private SopCommandLine() {}

    /** Runs one command and returns the process exit code: 0 valid, 1 problems found, 2 usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("usage: alur sop validate FILE...");
        return 2;
    }
}
