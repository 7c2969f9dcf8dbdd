package id.alur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoLettersIntegrationTests {

    @Autowired
    LetterService letters;

    @Test
    void givesEverySeedOfficeALetterheadAndItsLetterSettings() {
        for (String office : new String[] {
            "dinsosppkb-rembang", "dinsos-solok", "kemenag-jaksel", "dinsos-kaltara", "dinkes-belitung"
        }) {
            assertThat(letters.letterhead(office)).as(office).isPresent();
            assertThat(letters.settings(office))
                    .as(office)
                    .extracting(LetterSettingView::kind)
                    .contains(LetterKind.TANDA_TERIMA);
        }
    }

    @Test
    void numbersSeed003AtStep8AfterTheKepalaDinasApprovedAtStep6() {
        var setting = letters.settings("dinsos-kaltara").stream()
                .filter(s -> s.kind() == LetterKind.SURAT_REKOMENDASI_BEROBAT)
                .findFirst()
                .orElseThrow();
        assertThat(setting.issueStep()).isEqualTo(8);
        assertThat(setting.signStep()).isEqualTo(6);
        assertThat(setting.parafSteps()).containsExactly(5);
        assertThat(setting.pattern()).isEqualTo("{seq:000}/DS/KU/{yyyy}");
    }
}
