package id.alur.sop;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sop render} and {@code sop bpmn} commands: the official document of an SOP file as PDF or HTML, and its
 * BPMN 2.0 export on standard output.
 *
 * <pre>
 * java -jar alur.jar sop [--lang id|en] render FILE [--pdf OUT.pdf] [--html OUT.html]
 * java -jar alur.jar sop bpmn FILE &gt; OUT.bpmn
 * </pre>
 *
 * An invalid SOP is refused with the validator's messages on standard error (exit 1) and nothing is written: each
 * output is written to a temporary file beside it and moved into place only when complete.
 */
final class SopRenderCommand {

    private SopRenderCommand() {}

    static int render(SopCommandLine.Invocation invocation, PrintStream out, PrintStream err) {
        SopMessages messages = invocation.messages();
        Path source = null;
        Path pdf = null;
        Path html = null;
        List<String> arguments = invocation.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("--pdf") || arg.equals("--html")) {
                if (i + 1 >= arguments.size()) {
                    return usage(err, messages, "sop.cli.render.missing-output", arg);
                }
                Path target = Path.of(arguments.get(++i));
                if (arg.equals("--pdf")) {
                    pdf = target;
                } else {
                    html = target;
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return usage(err, messages, "sop.cli.unknown-option", arg);
            } else if (source == null) {
                source = Path.of(arg);
            } else {
                return usage(err, messages, "sop.cli.render.one-file");
            }
        }
        if (source == null) {
            return usage(err, messages, "sop.cli.missing-files");
        }
        if (pdf == null && html == null) {
            return usage(err, messages, "sop.cli.render.no-output");
        }
        Loaded loaded = read(source, messages, err);
        if (loaded.sop() == null) {
            return loaded.exit();
        }
        Sop sop = loaded.sop();
        try {
            if (pdf != null) {
                writeWhole(pdf, SopDocuments.pdf(sop, messages.locale()));
                out.println(messages.get("sop.cli.render.written", pdf));
            }
            if (html != null) {
                writeWhole(html, SopDocuments.html(sop, messages.locale()).getBytes(StandardCharsets.UTF_8));
                out.println(messages.get("sop.cli.render.written", html));
            }
        } catch (IOException e) {
            err.println(messages.get("sop.cli.render.unwritable", e.getMessage()));
            return SopCommandLine.USAGE;
        }
        return SopCommandLine.VALID;
    }

    static int bpmn(SopCommandLine.Invocation invocation, PrintStream out, PrintStream err) {
        SopMessages messages = invocation.messages();
        List<String> files = new ArrayList<>();
        for (String arg : invocation.arguments()) {
            if (arg.startsWith("-") && arg.length() > 1) {
                return usage(err, messages, "sop.cli.unknown-option", arg);
            }
            files.add(arg);
        }
        if (files.size() != 1) {
            return usage(err, messages, files.isEmpty() ? "sop.cli.missing-files" : "sop.cli.render.one-file");
        }
        Loaded loaded = read(Path.of(files.getFirst()), messages, err);
        if (loaded.sop() == null) {
            return loaded.exit();
        }
        out.print(SopDocuments.bpmn(loaded.sop()));
        out.flush();
        return SopCommandLine.VALID;
    }

    /** The SOP read from a file, or no SOP and the exit code that says why. */
    private record Loaded(Sop sop, int exit) {}

    /** Reads and validates the file; on failure prints why (the validator's messages) on standard error. */
    private static Loaded read(Path file, SopMessages messages, PrintStream err) {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(SopFormat.MAX_BYTES + 1);
        } catch (IOException e) {
            err.println(messages.get(
                    "sop.cli.unreadable",
                    file,
                    e instanceof NoSuchFileException ? messages.get("sop.cli.not-found") : e.getMessage()));
            return new Loaded(null, SopCommandLine.USAGE);
        }
        SopReadResult result = SopFormat.read(file.toString(), content, messages.locale());
        if (result.valid()) {
            return new Loaded(result.sop(), SopCommandLine.VALID);
        }
        for (SopProblem problem : result.errors()) {
            err.println(problem.format(messages.get("sop.cli.severity.error")));
        }
        err.println(messages.get("sop.cli.render.refused", file, result.errors().size()));
        return new Loaded(null, SopCommandLine.PROBLEMS);
    }

    /** Writes to a temporary file in the target's folder and moves it into place, so no half-written file remains. */
    static void writeWhole(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int usage(PrintStream err, SopMessages messages, String key, Object... args) {
        err.println(messages.get(key, args));
        err.println(messages.get("sop.cli.usage"));
        return SopCommandLine.USAGE;
    }
}
