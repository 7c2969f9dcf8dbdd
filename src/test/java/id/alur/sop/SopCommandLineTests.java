package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SopCommandLineTests {

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

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    Path seed(String office) throws IOException {
        return file(SopFormat.seedFileName(office), SopFormat.seedSource(office).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void exitsZeroForValidFilesAndPrintsTheirWarnings() throws IOException {
        Path rembang = seed("dinsosppkb-rembang");
        Path kaltara = seed("dinsos-kaltara");
        assertThat(run("validate", rembang.toString(), kaltara.toString())).isZero();
        assertThat(out())
                .contains(rembang + ":9:9: peringatan [blank-identity-field]")
                .contains(rembang + ": valid (3 peringatan)")
                .contains(kaltara + ": valid (0 peringatan)");
        assertThat(err()).isEmpty();
    }

    @Test
    void exitsOneAndListsEveryProblem() throws IOException {
        Path bad =
                file("bad.sop.yaml", SopValidatorTests.fixture("SopValidatorTests.reportsEveryProblemAtOnce.sop.yaml"));
        Path good = seed("dinsos-solok");
        assertThat(run("validate", good.toString(), bad.toString())).isEqualTo(1);
        assertThat(out().lines().filter(l -> l.startsWith(bad + ":") && l.contains(": kesalahan [")))
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(out()).contains(bad + ": tidak valid (").contains(good + ": valid");
    }

    @Test
    void writesEnglishWithTheLanguageFlag() throws IOException {
        Path bad = file("bad.sop.yaml", SopValidatorTests.fixture("SopValidatorTests.reportsUnknownLane.sop.yaml"));
        assertThat(run("validate", "--lang", "en", bad.toString())).isEqualTo(1);
        assertThat(out())
                .contains(": error [unknown-lane] Step 2: the lane sekretaris is not in the list of lanes")
                .contains(": warning [lane-without-activity] The lane kepala has no activity")
                .contains(bad + ": invalid (1 errors, 1 warnings)");
        assertThat(run("--lang=en", "validate", bad.toString())).isEqualTo(1);
    }

    @Test
    void exitsTwoOnUsageErrors() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Penggunaan: java -jar alur.jar sop");
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("frobnicate", "x.sop.yaml")).isEqualTo(2);
        assertThat(err()).contains("Perintah tidak dikenal: frobnicate");
        assertThat(run("validate", "--strict", seed("dinsos-solok").toString())).isEqualTo(2);
        assertThat(run("--lang", "fr", "validate", seed("dinsos-solok").toString()))
                .isEqualTo(2);
        assertThat(run("validate", folder.resolve("missing.sop.yaml").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("missing.sop.yaml tidak dapat dibaca: berkas tidak ada");
        assertThat(out()).isEmpty();
    }

    @Test
    void refusesAHugeFileWithoutReadingItWhole() throws IOException {
        Path huge = folder.resolve("huge.sop.yaml");
        try (var channel = FileChannel.open(huge, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'a'}), 10L * 1024 * 1024);
        }
        assertThat(run("validate", huge.toString())).isEqualTo(1);
        assertThat(out()).contains("[file-too-large]");
    }

    @Test
    void printsUsageOnHelp() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("validate");
    }
}
