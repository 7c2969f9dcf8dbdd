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

    @Test
    void refusesAPdfWithDataAfterItsLastEofNamingTheField() {
        byte[] pdf = SampleScans.withTrailing(SampleScans.pdf("Fotocopy KTP"), "PK\u0003\u0004 a zip rides along");

        assertThat(DocumentContent.check("documents[0]", pdf, FIVE_MB).errors())
                .containsExactly(InputProblem.ofField("documents[0]", "casework.document.trailingData", "PDF"));
    }

    @Test
    void refusesAPdfWithDataSmuggledInFrontOfAnotherEofMarker() {
        byte[] pdf = SampleScans.withTrailing(SampleScans.pdf("Fotocopy KTP"), "<script>alert(1)</script>\n%%EOF\n");

        assertThat(DocumentContent.check("f", pdf, FIVE_MB).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.document.trailingData");
    }

    @Test
    void acceptsWhiteSpaceAfterTheEofMarker() {
        byte[] pdf = SampleScans.withTrailing(SampleScans.pdf("Fotocopy KTP"), "\r\n\n  \n");

        assertThat(DocumentContent.check("f", pdf, FIVE_MB).accepted()).isTrue();
    }

    @Test
    void refusesAPngAndAJpegWithDataBehindTheirEnd() {
        byte[] png = SampleScans.withTrailing(SampleScans.png(), "<?php system($_GET['c']); ?>");
        byte[] jpeg = SampleScans.withTrailing(SampleScans.jpeg(), "PK\u0003\u0004");

        assertThat(DocumentContent.check("scan", png, FIVE_MB).errors())
                .containsExactly(InputProblem.ofField("scan", "casework.document.trailingData", "PNG"));
        assertThat(DocumentContent.check("scan", jpeg, FIVE_MB).errors())
                .containsExactly(InputProblem.ofField("scan", "casework.document.trailingData", "JPEG"));
    }

    @Test
    void refusesAPdfWhoseStreamsInflatePastTheBound() {
        byte[] bomb = SampleScans.pdfInflatingTo(DocumentContent.MAX_INFLATED_BYTES + (1 << 20));
        assertThat(bomb.length).isLessThan(1 << 20);

        assertThat(DocumentContent.check("documents[3]", bomb, FIVE_MB).errors())
                .containsExactly(InputProblem.ofField("documents[3]", "casework.document.inflatesTooMuch", "50.0"));
    }

    @Test
    void acceptsAPdfWhoseStreamsInflateWithinTheBound() {
        byte[] pdf = SampleScans.pdfInflatingTo(8L << 20);

        assertThat(DocumentContent.check("f", pdf, FIVE_MB).accepted()).isTrue();
    }

    @Test
    void measuresStreamsOfOtherFiltersThroughPdfbox() throws Exception {
        // ASCIIHex then Flate: the raw bytes are hex text, so only PDFBox's filter chain sees what it inflates to
        byte[] pdf;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
            var filters = new org.apache.pdfbox.cos.COSArray();
            filters.add(org.apache.pdfbox.cos.COSName.ASCII_HEX_DECODE);
            filters.add(org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            try (var content = stream.getCOSObject().createOutputStream(filters)) {
                content.write(new byte[4 << 20]);
            }
            page.setContents(stream);
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(PdfContent.check(pdf, 1 << 20)).isEqualTo(DocumentContent.Verdict.INFLATES_TOO_MUCH);
        assertThat(PdfContent.check(pdf, 8 << 20)).isEqualTo(DocumentContent.Verdict.WHOLE);
    }
}
