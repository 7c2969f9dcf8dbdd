package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.instance.UserTask;

class SopRenderCommandTests {

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return SopCommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path seedFile(String officeCode) throws IOException {
        return Files.writeString(folder.resolve(officeCode + ".sop.yaml"), SopFormat.seedSource(officeCode));
    }

    /** Seed 003 with step 4 given to a lane that does not exist. */
    Path invalidFile() throws IOException {
        String source = SopFormat.seedSource("dinsos-kaltara")
                .replaceFirst("pelaksana: subkoor-jaminan-sosial", "pelaksana: tidak-ada");
        return Files.writeString(folder.resolve("salah.sop.yaml"), source);
    }

    @Test
    void rendersAnSopFileAsPdfAndHtml() throws IOException {
        Path file = seedFile("dinsos-kaltara");
        Path pdf = folder.resolve("kaltara.pdf");
        Path html = folder.resolve("kaltara.html");

        int exit = run("render", file.toString(), "--pdf", pdf.toString(), "--html", html.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(html)).contains("Rekomendasi Berobat").contains("<svg");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(pdf.toString(), html.toString());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writesTheBpmnExportToStandardOutput() throws IOException {
        int exit = run("bpmn", seedFile("dinkes-belitung").toString());

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(out.toByteArray()));
        Bpmn.validateModel(model);
        assertThat(model.getModelElementsByType(UserTask.class)).isNotEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("id=\"jkn-kis-pendaftaran-baru\"");
    }

    @Test
    void refusesAnInvalidSopWithTheValidatorsMessagesAndWritesNothing() throws IOException {
        Path file = invalidFile();
        Path pdf = folder.resolve("salah.pdf");
        Path html = Files.writeString(folder.resolve("salah.html"), "versi lama");

        int exit = run("render", file.toString(), "--pdf", pdf.toString(), "--html", html.toString());

        assertThat(exit).isEqualTo(SopCommandLine.PROBLEMS);
        var problems = SopFormat.read(file.toString(), Files.readAllBytes(file), Locale.forLanguageTag("id"))
                .errors();
        assertThat(problems).isNotEmpty();
        String printed = err.toString(StandardCharsets.UTF_8);
        for (SopProblem problem : problems) {
            assertThat(printed).contains(problem.message()).contains(":" + problem.line() + ":");
        }
        assertThat(pdf).doesNotExist();
        assertThat(html).hasContent("versi lama");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesToExportAnInvalidSopAsBpmn() throws IOException {
        int exit = run("bpmn", invalidFile().toString());

        assertThat(exit).isEqualTo(SopCommandLine.PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("salah.sop.yaml");
    }

    @Test
    void asksForAnOutputWhenNoneIsNamed() throws IOException {
        int exit = run("render", seedFile("dinsos-solok").toString());

        assertThat(exit).isEqualTo(SopCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pdf");
    }

    @Test
    void rendersInEnglishWhenAsked() throws IOException {
        Path html = folder.resolve("solok.html");

        int exit = run("--lang", "en", "render", seedFile("dinsos-solok").toString(), "--html", html.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(html)).contains("Quality standard").contains("lang=\"en\"");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part"))
                    .toList();
        }
    }
}
