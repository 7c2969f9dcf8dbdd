package id.alur.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.Sop;
import id.alur.sop.document.FlowchartTable.Columns;
import id.alur.sop.document.FlowchartTable.Headings;
import id.alur.sop.document.FlowchartTable.Page;
import id.alur.sop.document.FlowchartTable.Row;
import id.alur.sop.document.FlowchartTable.Table;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FlowchartTableTests {

    static final Headings HEADINGS = new Headings("No", "Kegiatan", "Kelengkapan", "Waktu", "Output", "Keterangan");
    static final TextWidths WIDTHS = FontWidths.dejaVuSans();

    static Table table(Sop sop) {
        return FlowchartTable.of(sop, HEADINGS, "1 Jam 40 Menit", WIDTHS);
    }

    @Test
    void columnsFillTheWidthOfTheLandscapePageForAnyNumberOfLanes() {
        for (int lanes = 1; lanes <= 10; lanes++) {
            Columns columns = Columns.forLanes(lanes);

            assertThat(columns.total()).isCloseTo(FlowchartTable.TABLE_WIDTH, Offset.offset(0.01));
            assertThat(columns.laneWidth()).isLessThanOrEqualTo(FlowchartTable.MAX_LANE_WIDTH);
            assertThat(columns.laneWidth() - 2 * FlowchartLayout.GUTTER).isGreaterThan(15);
        }
    }

    @Test
    void growsARowWithItsTextAndKeepsEveryLineInsideItsColumn() {
        String longText = "Membuat surat rekomendasi berdasarkan permohonan dan data identitas pasien ".repeat(8)
                + "https://contoh.go.id/sangat/panjang/sekali/tanpa/spasi/sama/sekali/" + "x".repeat(120);
        Sop sop = SampleSops.withDescription(SampleSops.kaltara(), 2, longText);

        Table table = table(sop);
        Row row = table.rows().get(1);

        assertThat(row.height()).isGreaterThan(table.rows().get(2).height() * 3);
        double usable = table.columns().description() - 2 * FlowchartTable.PADDING;
        assertThat(row.description())
                .allSatisfy(line -> assertThat(WIDTHS.of(line, FlowchartTable.FONT_SIZE, false))
                        .isLessThanOrEqualTo(usable));
        assertThat(row.height())
                .isEqualTo(row.description().size() * FlowchartTable.LINE_HEIGHT + 2 * FlowchartTable.PADDING);
    }

    @Test
    void keepsEveryRowOnceAndInOrderAcrossThePages() {
        Table table = table(SampleSops.generated(40, 8, 1));

        List<Row> paged = table.pages().stream().flatMap(p -> p.rows().stream()).toList();

        assertThat(paged).isEqualTo(table.rows());
        assertThat(table.pages()).hasSizeGreaterThan(1);
        assertThat(table.pages().getFirst().first()).isTrue();
        assertThat(table.pages().getLast().last()).isTrue();
    }

    @Test
    void fillsNoPageBeyondTheRoomOfTheA4Page() {
        for (long seed = 1; seed <= 20; seed++) {
            Table table = table(SampleSops.generated(10 + (int) seed * 3, 1 + (int) (seed % 8), seed));
            double room = FlowchartTable.PAGE_HEIGHT
                    - FlowchartTable.MARGIN
                    - FlowchartTable.MARGIN_BOTTOM
                    - FlowchartTable.HEADING_HEIGHT
                    - table.headerHeight();
            for (Page page : table.pages()) {
                double used = page.drawingHeight() + (page.last() ? table.totalRowHeight() : 0);
                assertThat(used).as("page %d of seed %d", page.number(), seed).isLessThanOrEqualTo(room);
            }
        }
    }

    @Test
    void givesBandsForOffPageConnectorsOnlyWhereAPageBreaks() {
        Table table = table(SampleSops.generated(40, 8, 2));

        assertThat(table.pages().getFirst().topBand()).isZero();
        assertThat(table.pages().getLast().bottomBand()).isZero();
        assertThat(table.pages().subList(1, table.pages().size()))
                .allSatisfy(p -> assertThat(p.topBand()).isEqualTo(FlowchartTable.BAND_HEIGHT));
        assertThat(table.pages().subList(0, table.pages().size() - 1))
                .allSatisfy(p -> assertThat(p.bottomBand()).isEqualTo(FlowchartTable.BAND_HEIGHT));
    }

    @Test
    void keepsAShortSopOnOnePage() {
        Table table = table(SampleSops.rembang());

        assertThat(table.pages()).hasSize(1);
        assertThat(table.pages().getFirst().drawingHeight())
                .isEqualTo(table.rows().stream().mapToDouble(Row::height).sum());
    }
}
