package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The office's BPJS layout as its admin saves it. */
class BpjsLayoutTests {

    @Test
    void theStandardLayoutHasTheIssuesSevenColumnsAndSurvivesBeingStored() {
        var layout = BpjsLayout.standard();

        assertThat(layout.headers())
                .containsExactly("NIK", "NO_KK", "NAMA", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "FASKES");
        assertThat(BpjsLayout.parseColumns(layout.columnsText())).isEqualTo(layout.columns());
        assertThat(layout.checked()).isEqualTo(layout);
    }

    @Test
    void refusesALayoutWithoutTheNikAndHeadersBlankOrTwiceNamingEachField() {
        var layout = new BpjsLayout(
                List.of(
                        new BpjsLayout.Column(BpjsField.NAMA, "NAMA"),
                        new BpjsLayout.Column(BpjsField.ALAMAT, "nama"),
                        new BpjsLayout.Column(BpjsField.FASKES, " ")),
                null,
                "NIK",
                "NIK",
                "STATUS",
                "");

        assertThatThrownBy(layout::checked)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field, InputProblem::messageKey)
                                .containsExactly(
                                        tuple("columns", "casework.bpjs.layout.nikRequired"),
                                        tuple("header[ALAMAT]", "casework.bpjs.layout.headerTwice"),
                                        tuple("header[FASKES]", "casework.bpjs.layout.headerRequired"),
                                        tuple("answerKis", "casework.bpjs.layout.headerTwice"),
                                        tuple("answerReason", "casework.bpjs.layout.headerRequired")));
    }
}
