package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * One fixture per kind of problem, beside this class and named after the test. The offending line of each fixture
 * carries the comment {@code # expected}: the problem must be reported on that line.
 */
class SopValidatorTests {

    @Test
    void acceptsAValidSop(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(result.problems()).isEmpty();
        assertThat(result.sop().activities()).hasSize(4);
        assertThat(result.sop().activity(2).orElseThrow().decision())
                .isEqualTo(new Decision(new Branch.ToStep(3), new Branch.ToApplicant()));
    }

    @Test
    void reportsUnknownLane(TestInfo test) {
        assertOnlyError(test, "unknown-lane");
    }

    @Test
    void reportsStepWithoutActor(TestInfo test) {
        assertOnlyError(test, "step-without-actor");
    }

    @Test
    void reportsDuplicateStepNumber(TestInfo test) {
        assertOnlyError(test, "duplicate-step");
    }

    @Test
    void reportsMissingStepNumber(TestInfo test) {
        assertOnlyError(test, "missing-step");
    }

    @Test
    void reportsDecisionWithoutBothBranches(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "decision-without-branches");
        assertThat(problem.message()).contains("tidak");
    }

    @Test
    void reportsBranchToMissingStep(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "branch-to-missing-step");
        assertThat(problem.message()).contains("9");
    }

    @Test
    void reportsUnreachableStep(TestInfo test) {
        assertOnlyError(test, "unreachable-step");
    }

    @Test
    void reportsNoPathToTheEnd(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(codes(result.errors())).containsExactlyInAnyOrder("branch-to-missing-step", "no-path-to-end");
        assertReportedOnMarkedLine(test, result, "no-path-to-end");
    }

    @Test
    void reportsLoopWithoutExit(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "loop-without-exit");
        assertThat(problem.message()).contains("2, 3");
    }

    @Test
    void reportsUnparseableDuration(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "unparseable-duration");
        assertThat(problem.message()).contains("sebentar saja");
    }

    @Test
    void reportsDuplicateKeys(TestInfo test) {
        assertOnlyError(test, "duplicate-key");
    }

    @Test
    void reportsMalformedYamlWithLineAndColumn(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(codes(result.errors())).containsExactly("yaml-syntax");
        SopProblem problem = result.errors().getFirst();
        assertThat(problem.line()).isEqualTo(markedLine(test));
        assertThat(problem.column()).isPositive();
        assertThat(result.sop()).isNull();
    }

    @Test
    void reportsAnUnquotedColonWithAHint(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "yaml-unquoted-colon");
        assertThat(problem.message()).contains("tanda kutip");
    }

    @Test
    void reportsATabIndentWithAHint(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "yaml-tab-indent");
        assertThat(problem.message()).contains("Tab", "spasi");
    }

    @Test
    void reportsDecisionBranchingToItself(TestInfo test) {
        SopProblem problem = assertOnlyError(test, "branch-to-itself");
        assertThat(problem.path()).isEqualTo("kegiatan[1].tidak");
        assertThat(problem.message()).contains("langkah 2", "tidak");
    }

    @Test
    void warnsAboutALaneWithoutActivity(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("lane-without-activity");
            assertThat(warning.path()).isEqualTo("pelaksana[1].id");
            assertThat(warning.line()).isEqualTo(markedLine(test));
            assertThat(warning.message()).contains("sekretaris");
        });
    }

    @Test
    void warnsAboutARefusalDrawnAsAJumpToTheLastStep(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("refusal-as-jump-to-end");
            assertThat(warning.path()).isEqualTo("kegiatan[1].tidak");
            assertThat(warning.line()).isEqualTo(markedLine(test));
            assertThat(warning.message()).contains("tidak: tolak");
        });
    }

    @Test
    void findsNoNewWarningInTheSeeds() {
        for (String office : SopFormat.seedOfficeCodes()) {
            byte[] seed = SopFormat.seedSource(office).getBytes(StandardCharsets.UTF_8);
            SopReadResult result = SopFormat.read(SopFormat.seedFileName(office), seed, Locale.ROOT);
            assertThat(codes(result.problems()))
                    .as(office)
                    .doesNotContain("lane-without-activity", "refusal-as-jump-to-end", "branch-to-itself");
        }
    }

    @Test
    void warnsAboutBlankIdentityFields(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("blank-identity-field");
            assertThat(warning.line()).isEqualTo(markedLine(test));
            assertThat(warning.message()).contains("nomor");
        });
    }

    @Test
    void keepsUnknownKeysWithAWarning(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(result.valid()).isTrue();
        assertThat(codes(result.warnings())).containsOnly("unknown-key");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.line()).isEqualTo(markedLine(test)));
        assertThat(result.sop().unknownKeys())
                .containsEntry("kegiatan.1.catatan_internal", "dicek ulang tiap Senin")
                .containsEntry("lampiran", List.of("Formulir A", "Formulir B"));
        Sop again =
                SopFormat.parse("again.sop.yaml", SopFormat.write(result.sop()).getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(result.sop());
    }

    @Test
    void reportsEveryProblemAtOnce(TestInfo test) {
        SopReadResult result = read(test);
        assertThat(codes(result.errors()))
                .contains(
                        "invalid-date",
                        "unknown-lane",
                        "step-without-actor",
                        "decision-without-branches",
                        "branch-to-missing-step",
                        "missing-step",
                        "unparseable-duration");
        assertThat(result.problems())
                .isSortedAccordingTo(Comparator.comparingInt(SopProblem::line).thenComparingInt(SopProblem::column));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).endsWith(".sop.yaml"));
    }

    @Test
    void writesMessagesInEnglishWhenAsked() {
        byte[] content = fixture("SopValidatorTests.reportsUnknownLane.sop.yaml");
        SopReadResult english = SopFormat.read("x.sop.yaml", content, Locale.ENGLISH);
        SopReadResult indonesian = SopFormat.read("x.sop.yaml", content, Locale.forLanguageTag("id-ID"));
        assertThat(english.errors().getFirst().message())
                .isEqualTo("Step 2: the lane sekretaris is not in the list of lanes (pelaksana).");
        assertThat(indonesian.errors().getFirst().message())
                .isEqualTo("Langkah 2: pelaksana sekretaris tidak ada dalam daftar pelaksana.");
    }

    private static SopProblem assertOnlyError(TestInfo test, String code) {
        SopReadResult result = read(test);
        assertThat(codes(result.errors())).containsExactly(code);
        assertThat(result.sop()).isNull();
        return assertReportedOnMarkedLine(test, result, code);
    }

    private static SopProblem assertReportedOnMarkedLine(TestInfo test, SopReadResult result, String code) {
        SopProblem problem = result.errors().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(problem.line()).as("line of %s", code).isEqualTo(markedLine(test));
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).isNotBlank().doesNotContain("sop.problem");
        return problem;
    }

    private static Set<String> codes(List<SopProblem> problems) {
        return problems.stream().map(SopProblem::code).collect(Collectors.toSet());
    }

    private static SopReadResult read(TestInfo test) {
        String name = fileName(test);
        return SopFormat.read(name, fixture(name), Locale.ROOT);
    }

    private static int markedLine(TestInfo test) {
        String[] lines = new String(fixture(fileName(test)), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("# expected")) {
                return i + 1;
            }
        }
        throw new AssertionError("fixture has no '# expected' line");
    }

    private static String fileName(TestInfo test) {
        return "SopValidatorTests." + test.getTestMethod().orElseThrow().getName() + ".sop.yaml";
    }

    static byte[] fixture(String name) {
        try (InputStream in = SopValidatorTests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
