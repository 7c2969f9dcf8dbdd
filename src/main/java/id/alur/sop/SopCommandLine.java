package id.alur.sop;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sop} command line: validate, render and export SOP files without starting the application.
 *
 * <pre>
 * java -jar alur.jar sop [--lang id|en] validate FILE...
 * java -jar alur.jar sop [--lang id|en] render FILE [--pdf OUT.pdf] [--html OUT.html]
 * java -jar alur.jar sop bpmn FILE
 * </pre>
 *
 * Exit codes: 0 valid (warnings are printed), 1 problems found, 2 usage error (including a file that cannot be read).
 */
public final class SopCommandLine {

    public static final int VALID = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private SopCommandLine() {}

    /**
     * What the user asked for: the sub-command, its remaining arguments (options other than {@code --lang} are the
     * sub-command's to interpret) and the language of the messages.
     */
    record Invocation(String command, List<String> arguments, SopMessages messages) {}

    /** Runs one command and returns the process exit code: 0 valid, 1 problems found, 2 usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Locale locale = Locale.ROOT;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String language = null;
            if (arg.equals("--lang")) {
                if (i + 1 >= args.length) {
                    return usage(err, SopMessages.of(locale), "sop.cli.unknown-language", "");
                }
                language = args[++i];
            } else if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
            }
            if (language == null) {
                rest.add(arg);
            } else if (language.equals("en") || language.equals("id")) {
                locale = Locale.forLanguageTag(language);
            } else {
                return usage(err, SopMessages.of(locale), "sop.cli.unknown-language", language);
            }
        }
        SopMessages messages = SopMessages.of(locale);
        if (rest.isEmpty()) {
            err.println(messages.get("sop.cli.usage"));
            return USAGE;
        }
        var invocation = new Invocation(rest.getFirst(), List.copyOf(rest.subList(1, rest.size())), messages);
        return switch (invocation.command()) {
            case "validate" -> validate(invocation, out, err);
            case "render" -> SopRenderCommand.render(invocation, out, err);
            case "bpmn" -> SopRenderCommand.bpmn(invocation, out, err);
            case "help", "--help", "-h" -> {
                out.println(messages.get("sop.cli.usage"));
                yield VALID;
            }
            default -> usage(err, messages, "sop.cli.unknown-command", invocation.command());
        };
    }

    private static int validate(Invocation invocation, PrintStream out, PrintStream err) {
        SopMessages messages = invocation.messages();
        List<Path> files = new ArrayList<>();
        boolean options = true;
        for (String arg : invocation.arguments()) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                return usage(err, messages, "sop.cli.unknown-option", arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usage(err, messages, "sop.cli.missing-files");
        }
        int exit = VALID;
        for (Path file : files) {
            byte[] content;
            try {
                content = readAtMost(file, SopFormat.MAX_BYTES + 1);
            } catch (IOException e) {
                err.println(messages.get("sop.cli.unreadable", file, reason(e, messages)));
                exit = USAGE;
                continue;
            }
            SopReadResult result = SopFormat.read(file.toString(), content, messages.locale());
            for (SopProblem problem : result.problems()) {
                out.println(problem.format(
                        messages.get(problem.isError() ? "sop.cli.severity.error" : "sop.cli.severity.warning")));
            }
            int errors = result.errors().size();
            int warnings = result.warnings().size();
            if (result.valid()) {
                out.println(messages.get("sop.cli.valid", file, warnings));
            } else {
                out.println(messages.get("sop.cli.invalid", file, errors, warnings));
                exit = Math.max(exit, PROBLEMS);
            }
        }
        return exit;
    }

    /** Reads no more than the limit, so a huge file is refused without being loaded into memory. */
    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    private static String reason(IOException e, SopMessages messages) {
        if (e instanceof NoSuchFileException) {
            return messages.get("sop.cli.not-found");
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("sop.cli.access-denied");
        }
        return String.valueOf(e.getMessage());
    }

    private static int usage(PrintStream err, SopMessages messages, String key, Object... args) {
        err.println(messages.get(key, args));
        err.println(messages.get("sop.cli.usage"));
        return USAGE;
    }
}
