package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.casework.StepInput.HandOverForm;
import id.alur.workflow.StepOptions;
import id.alur.workflow.Verdict;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StepActionTests {

    @Test
    void findsEachActionByTheNameInItsAddress() {
        assertThat(Arrays.stream(StepAction.values()).map(StepAction::segment))
                .containsExactly(
                        "ambil",
                        "lepas",
                        "selesai",
                        "putusan",
                        "kembalikan",
                        "hasil-luar",
                        "serah-terima",
                        "lanjutkan",
                        "batalkan",
                        "tarik");
        Arrays.stream(StepAction.values())
                .forEach(action -> assertThat(StepAction.of(action.segment())).contains(action));
        assertThat(StepAction.of("HASIL_LUAR")).isEmpty();
    }

    @Test
    void offersAnActionExactlyWhenItsOptionIsOpen() {
        var onlyResume = new StepOptions(
                false, false, false, false, false, false, false, false, false, false, true, true, true, null, null);
        var outside = new StepOptions(
                false, false, false, false, false, false, false, true, true, false, false, true, true, null, null);

        assertThat(StepAction.offeredBy(onlyResume)).containsExactly("lanjutkan", "batalkan", "tarik");
        assertThat(StepAction.offeredBy(outside)).containsExactly("hasil-luar", "batalkan", "tarik");
        assertThat(StepAction.offeredBy(StepOptions.NONE)).isEmpty();
    }

    @Test
    void readsThePermohonanAgainOnlyWhenTheActionStoredSomethingWithIt() {
        var typedHandOver = new StepInput(
                null, null, null, null, null, null, new HandOverForm("Siti", Instant.EPOCH, IdentityKind.KTP, "1"));
        var timeOnly =
                new StepInput(null, null, null, null, null, null, new HandOverForm(null, Instant.EPOCH, null, " "));

        assertThat(StepAction.SELESAI.writesPermohonan(typedHandOver)).isTrue();
        assertThat(StepAction.SELESAI.writesPermohonan(timeOnly)).isFalse();
        assertThat(StepAction.SERAH_TERIMA.writesPermohonan(StepInput.NONE)).isTrue();
        assertThat(StepAction.HASIL_LUAR.writesPermohonan(StepInput.NONE)).isFalse();
        assertThat(StepAction.AMBIL.writesPermohonan(typedHandOver)).isFalse();
    }

    @Test
    void actsOnTheCaseRatherThanAStepToResumeOrEndIt() {
        assertThat(Arrays.stream(StepAction.values()).filter(a -> !a.onStep()))
                .containsExactly(StepAction.LANJUTKAN, StepAction.BATALKAN, StepAction.TARIK);
    }

    @Test
    void saysWhichVerdictWasRecorded() {
        var tidak = new StepInput("kurang", null, Verdict.TIDAK, null, null, null, HandOverForm.NONE);

        assertThat(StepAction.PUTUSAN.doneKey(tidak)).isEqualTo("casework.done.decidedTidak");
        assertThat(StepAction.PUTUSAN.doneKey(StepInput.NONE)).isEqualTo("casework.done.decidedYa");
    }
}
