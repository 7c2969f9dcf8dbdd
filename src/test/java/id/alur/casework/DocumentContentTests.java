package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.InputProblem;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentContentTests {

    static final long FIVE_MB = 5L * 1024 * 1024;

    @Test
    void acceptsARealPdfWithItsChecksum() {
        byte[] pdf = SampleScans.pdf("Fotocopy KK");

        var checked = DocumentContent.check("documents[0]", pdf, FIVE_MB);

        assertThat(checked.accepted()).isTrue();
        assertThat(checked.kind()).isEqualTo(DocumentContent.Kind.PDF);
        assertThat(checked.size()).isEqualTo(pdf.length);
        assertThat(checked.sha256()).hasSize(64).isEqualTo(DocumentContent.sha256(pdf));
    }

    @Test
    void acceptsARealPngAndARealJpeg() {
        assertThat(DocumentContent.check("f", SampleScans.png(), FIVE_MB).kind())
                .isEqualTo(DocumentContent.Kind.PNG);
        assertThat(DocumentContent.check("f", SampleScans.jpeg(), FIVE_MB).kind())
                .isEqualTo(DocumentContent.Kind.JPEG);
    }

    @Test
    void refusesAnExecutableRenamedPdf() {
        assertThat(DocumentContent.check("documents[1]", SampleScans.executable(), FIVE_MB)
                        .errors())
                .containsExactly(InputProblem.ofField("documents[1]", "casework.document.unsupportedType"));
        assertThat(DocumentContent.check("documents[1]", SampleScans.windowsExecutable(), FIVE_MB)
                        .accepted())
                .isFalse();
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = SampleScans.pdf("Fotocopy KTP");
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);

        assertThat(DocumentContent.check("documents[0]", truncated, FIVE_MB).errors())
                .containsExactly(InputProblem.ofField("documents[0]", "casework.document.damaged", "PDF"));
    }

    @Test
    void refusesAPdfHeaderWithGarbageBehindIt() {
        byte[] fake = "%PDF-1.7\nthis is not a pdf at all\n%%EOF\n".getBytes();

        assertThat(DocumentContent.check("f", fake, FIVE_MB).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.document.damaged");
    }

    @Test
    void refusesATruncatedPngAndJpeg() {
        byte[] png = SampleScans.png();
        byte[] jpeg = SampleScans.jpeg();

        assertThat(DocumentContent.check("f", Arrays.copyOf(png, png.length / 2), FIVE_MB)
                        .accepted())
                .isFalse();
        assertThat(DocumentContent.check("f", Arrays.copyOf(jpeg, 40), FIVE_MB).accepted())
                .isFalse();
    }

    @Test
    void refusesTwentyMegabytesBeforeLookingInside() {
        byte[] big = new byte[20 * 1024 * 1024];
        byte[] pdf = SampleScans.pdf("besar");
        System.arraycopy(pdf, 0, big, 0, pdf.length);

        assertThat(DocumentContent.check("documents[2]", big, FIVE_MB).errors())
                .containsExactly(InputProblem.ofField("documents[2]", "casework.document.tooLarge", "20.0", "5.0"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(DocumentContent.check("f", new byte[0], FIVE_MB).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.document.empty");
    }
}
