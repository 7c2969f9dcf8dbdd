package id.alur.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.platform.ApiTokenVerifier;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Importing a DTSEN/DTKS extract in CSV, with the registry started on its own (platform only, DESIGN.md §3) on
 * PostgreSQL: a good file becomes the office's newest edition; a broken one is refused naming row and column, and
 * nothing of it is written.
 */
@ApplicationModuleTest
class RegistryImportIntegrationTests {

    /** The platform's API security asks office for tokens; office is not started here. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithoutOffice {
        @Bean
        ApiTokenVerifier noTokens() {
            return presented -> Optional.empty();
        }
    }

    static final String HEADER = "NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n";
    static final String SITI = "3317015708850002,3317010101200001,Siti Aminah,3,33.17.01,AKTIF\n";
    static final String BUDI = "3317010101900001,3317010101200001,Budi Santoso,6,33.17.01,AKTIF\n";

    @Autowired
    RegistryService registry;

    @Autowired
    RegistryEditions editions;

    @Autowired
    RegistryRetention retention;

    @Autowired
    id.alur.platform.AuditTrail audit;

    @Autowired
    id.alur.platform.PersonPseudonyms persons;

    /** A fresh office per test: the test instance may be shared by the class's tests. */
    String office;

    @BeforeEach
    void freshOffice() {
        office = "uji-registry-" + UUID.randomUUID();
    }

    @Test
    void aGoodFileBecomesTheNewestEditionAndItsNiksAreFound() {
        var result = importAllOrNothing(HEADER + SITI + BUDI);

        assertThat(result.edition().rowCount()).isEqualTo(2);
        assertThat(registry.newestEdition(office)).contains(result.edition());
        var siti = registry.lookUp(office, "3317015708850002").orElseThrow();
        assertThat(siti.name()).isEqualTo("Siti Aminah");
        assertThat(siti.desil()).isEqualTo(3);
        assertThat(siti.familyNumber()).isEqualTo("3317010101200001");
        assertThat(siti.edition().id()).isEqualTo(result.edition().id());
        assertThat(registry.lookUp(office, "3317010202900003")).isEmpty();
    }

    @Test
    void aSemicolonSeparatedFileWithAByteOrderMarkIsReadAsWell() {
        String excelStyle = "\uFEFF" + (HEADER + SITI).replace(',', ';');

        assertThat(importAllOrNothing(excelStyle).edition().rowCount()).isEqualTo(1);
        assertThat(registry.lookUp(office, "3317015708850002")).isPresent();
    }

    @Test
    void aColumnMappingNamesTheSourcesOwnColumnsAndOptionalOnesMayBeAbsent() {
        var columns = new RegistryColumns("nik_art", null, "nama_art", "desil_nasional", null, null);

        var result = registry.importCsv(
                office,
                "dtsen-2026.csv",
                columns,
                csv("nama_art,nik_art,desil_nasional\nSiti Aminah,3317015708850002,2\n"),
                ImportMode.ALL_OR_NOTHING,
                "admin");

        var siti = registry.lookUp(office, "3317015708850002").orElseThrow();
        assertThat(siti.desil()).isEqualTo(2);
        assertThat(siti.familyNumber()).isNull();
        assertThat(siti.edition()).isEqualTo(result.edition());
    }

    @Test
    void theNewEditionServesOnceItCommitsAndAnOfficeSeesOnlyItsOwn() {
        importAllOrNothing(HEADER + SITI + BUDI);
        var second = importAllOrNothing(HEADER + SITI.replace(",3,", ",1,"));

        assertThat(registry.newestEdition(office)).contains(second.edition());
        assertThat(registry.lookUp(office, "3317015708850002").orElseThrow().desil())
                .isEqualTo(1);
        assertThat(registry.lookUp(office, "3317010101900001")).isEmpty();
        assertThat(registry.lookUp("another-office-" + UUID.randomUUID(), "3317015708850002"))
                .isEmpty();
    }

    @Test
    void aRefusedImportLeavesThePreviousEditionServing() {
        var first = importAllOrNothing(HEADER + SITI);

        refused(HEADER + BUDI + "3317010101900002,,Ani,11,,\n");

        assertThat(registry.newestEdition(office)).contains(first.edition());
        assertThat(registry.lookUp(office, "3317010101900001")).isEmpty();
    }

    @Test
    void aBadNikIsRefusedWithRowAndColumn() {
        assertThat(refused(HEADER + SITI + "331701010190,,Ani,2,,\n" + "3317013102900001,,Joko,2,,\n"
                        + "3317010101900000,,Rina,2,,\n"))
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey)
                .containsExactly(
                        tuple(3, "NIK", "registry.import.nik.length"),
                        tuple(4, "NIK", "registry.import.nik.impossibleDate"),
                        tuple(5, "NIK", "registry.import.nik.serialZero"));
        assertNothingWritten();
    }

    @Test
    void aDesilOfElevenIsRefusedWithRowAndColumn() {
        assertThat(refused(HEADER + SITI + "3317010101900001,,Budi,11,,\n"))
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey, InputProblem::arguments)
                .containsExactly(tuple(3, "DESIL", "registry.import.desil.range", java.util.List.of("DESIL", "11")));
        assertNothingWritten();
    }

    @Test
    void aNikTwiceInTheFileIsRefusedNamingTheFirstRow() {
        assertThat(refused(HEADER + SITI + BUDI + SITI))
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey, InputProblem::arguments)
                .containsExactly(tuple(
                        4, "NIK", "registry.import.nik.duplicate", java.util.List.of("NIK", "3317015708850002", 2)));
        assertNothingWritten();
    }

    @Test
    void missingAndExtraColumnsAreRefusedNamingTheColumn() {
        assertThat(refused("NIK,NAMA,KODE_WILAYAH,STATUS,NO_KK,CATATAN\n3317015708850002,Siti,33.17.01,AKTIF,,x\n"))
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey)
                .containsExactly(
                        tuple(1, "DESIL", "registry.import.missingColumn"),
                        tuple(1, "CATATAN", "registry.import.extraColumn"));
        assertNothingWritten();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheRowWhereItStopsBeingText() {
        byte[] latin1 =
                (HEADER + SITI + "3317010101900001,,Budi Santoso Café,6,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(latin1))
                .extracting(InputProblem::row, InputProblem::messageKey)
                .containsExactly(tuple(3, "registry.import.notUtf8"));
        assertNothingWritten();
    }

    /**
     * Issue 16: a byte that is not UTF-8 deep in a file of more than 64 KB is named at its own row, not at one the
     * reader's buffer reached, and the file is refused even when only the valid rows are asked for: the rows after it
     * were never read, so the rows before it are not the extract.
     */
    @Test
    void aByteThatIsNotUtf8DeepInALargeFileIsNamedAtItsRowAndNothingIsImportedEvenOfTheValidRows() {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        int badRow = 2_500;
        for (int row = 2; row <= 3_000; row++) {
            byte[] line = "331701010190%04d,,Warga Desa Sumber Nomor %d,%d,,AKTIF\n"
                    .formatted(row, row, row % 10 + 1)
                    .getBytes(StandardCharsets.UTF_8);
            if (row == badRow) {
                line[20] = (byte) 0xE9;
            }
            out.writeBytes(line);
        }
        assertThat(out.size()).isGreaterThan(2 * (1 << 16));

        var refusal = assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> registry.importCsv(
                        office,
                        "dtsen.csv",
                        RegistryColumns.dtsenDefaults(),
                        new ByteArrayInputStream(out.toByteArray()),
                        ImportMode.VALID_ROWS_ONLY,
                        "admin"))
                .actual();
        assertThat(refusal.problems())
                .extracting(InputProblem::row, InputProblem::messageKey)
                .containsExactly(tuple(badRow, "registry.import.notUtf8"));
        assertNothingWritten();
    }

    @Test
    void aZeroByteFileAndAFileWithoutRowsAreRefused() {
        assertThat(refused(new byte[0]))
                .extracting(InputProblem::messageKey)
                .containsExactly("registry.import.zeroBytes");
        assertThat(refused(HEADER)).extracting(InputProblem::messageKey).containsExactly("registry.import.noRows");
        assertNothingWritten();
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndReportsTheOthers() {
        var result = registry.importCsv(
                office,
                "dtsen.csv",
                RegistryColumns.dtsenDefaults(),
                csv(HEADER + SITI + "3317010101900001,,Budi,11,,\n"
                        + BUDI.replace("3317010101900001", "3317010202900003")),
                ImportMode.VALID_ROWS_ONLY,
                "admin");

        assertThat(result.edition().rowCount()).isEqualTo(2);
        assertThat(result.skippedCount()).isEqualTo(1);
        assertThat(result.skipped())
                .extracting(InputProblem::row, InputProblem::field)
                .containsExactly(tuple(3, "DESIL"));
        assertThat(registry.lookUp(office, "3317010202900003")).isPresent();
        assertThat(registry.lookUp(office, "3317010101900001")).isEmpty();
    }

    @Test
    void validRowsOnlyKeepsTheFirstGoodRowOfANikAndReportsEachLaterOneInRowOrderAmongTheOtherProblems() {
        String rina = "3317014101950004";
        var result = registry.importCsv(
                office,
                "dtsen.csv",
                RegistryColumns.dtsenDefaults(),
                csv(HEADER
                        + SITI // row 2
                        + rina + ",,Rina,11,,\n" // row 3: a bad desil, so not hers to keep
                        + BUDI // row 4
                        + SITI.replace("Siti Aminah", "Siti Lagi") // row 5: Siti again
                        + rina + ",,Rina Benar,2,,\n" // row 6: Rina's first good row
                        + BUDI.replace("Budi Santoso", "Budi Lagi") // row 7: Budi again
                        + "3317010202900003,,,4,,\n"), // row 8: no name
                ImportMode.VALID_ROWS_ONLY,
                "admin");

        assertThat(result.edition().rowCount()).isEqualTo(3);
        assertThat(result.skippedCount()).isEqualTo(4);
        assertThat(result.skipped())
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey)
                .containsExactly(
                        tuple(3, "DESIL", "registry.import.desil.range"),
                        tuple(5, "NIK", "registry.import.nik.duplicate"),
                        tuple(7, "NIK", "registry.import.nik.duplicate"),
                        tuple(8, "NAMA", "registry.import.name.required"));
        assertThat(result.skipped().get(1).arguments()).containsExactly("NIK", "3317015708850002", 2);
        assertThat(result.skipped().get(2).arguments()).containsExactly("NIK", "3317010101900001", 4);
        assertThat(registry.lookUp(office, "3317015708850002").orElseThrow().name())
                .isEqualTo("Siti Aminah");
        assertThat(registry.lookUp(office, "3317010101900001").orElseThrow().name())
                .isEqualTo("Budi Santoso");
        assertThat(registry.lookUp(office, rina).orElseThrow().name()).isEqualTo("Rina Benar");
        assertThat(editions.countEntries(office)).isEqualTo(3);
    }

    @Test
    void validRowsOnlyStillRefusesAFileWithNoGoodRow() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> registry.importCsv(
                        office,
                        "dtsen.csv",
                        RegistryColumns.dtsenDefaults(),
                        csv(HEADER + "3317010101900001,,Budi,0,,\n"),
                        ImportMode.VALID_ROWS_ONLY,
                        "admin"));
        assertNothingWritten();
    }

    // --- Privacy: retention of replaced editions, look-ups on the audit trail ---

    @Test
    void aReplacedEditionIsDeletedOnceTheOfficesRetentionHasPassedAndTheNewestStays() {
        var first = importAllOrNothing(HEADER + SITI);
        var second = importAllOrNothing(HEADER + BUDI);
        retention.setDays(office, 30);
        var replacedAt = second.edition().importedAt();

        retention.deleteExpired(replacedAt.plus(java.time.Duration.ofDays(29)));
        assertThat(editions.countEntries(office)).isEqualTo(2);

        retention.deleteExpired(replacedAt.plus(java.time.Duration.ofDays(31)));
        assertThat(editions.countEntries(office)).isEqualTo(1);
        assertThat(registry.newestEdition(office)).contains(second.edition());
        assertThat(registry.lookUp(office, "3317010101900001")).isPresent();
        assertThat(audit.about(
                        "registry-edition",
                        java.util.Set.of(first.edition().id().toString())))
                .extracting(id.alur.platform.AuditRecord::action)
                .contains("registry.edition-deleted");
    }

    @Test
    void theRetentionIsOneDayToTenYears() {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> retention.setDays(office, 0));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> retention.setDays(office, 3651));
        assertThat(retention.daysOf(office)).isEqualTo(RegistryRetention.DEFAULT_DAYS);
    }

    @Test
    void everyLookUpIsOnTheAuditTrailAboutThePersonByPseudonymWithItsEditionAndWithoutTheNik() {
        var edition = importAllOrNothing(HEADER + SITI).edition();

        registry.lookUp(office, "3317015708850002");
        registry.lookUp(office, "3317010202900003");

        var lookUps = audit.find(id.alur.platform.AuditQuery.all(10).inOffices(java.util.List.of(office))).stream()
                .filter(r -> r.action().equals("registry.nik-looked-up"))
                .toList();
        assertThat(lookUps)
                .extracting(id.alur.platform.AuditRecord::objectType, id.alur.platform.AuditRecord::objectId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "person", persons.of("3317015708850002").id()),
                        org.assertj.core.groups.Tuple.tuple(
                                "person", persons.of("3317010202900003").id()));
        assertThat(lookUps)
                .extracting(id.alur.platform.AuditRecord::detail)
                .containsExactlyInAnyOrder("found in edition " + edition.id(), "not found in edition " + edition.id());
        assertThat(lookUps)
                .allSatisfy(r -> assertThat(r.objectId() + r.detail()).doesNotContain("3317"));
    }

    // --- XLSX: the same checks and messages, and a zip bomb refused before it is parsed ---

    @Test
    void aGoodXlsxFileBecomesTheNewestEditionWithNumbersReadAsTheSpreadsheetShowsThem() {
        var result = importXlsx(xlsx(sheet -> {
            header(sheet);
            sheet.value(1, 0, "3317015708850002");
            sheet.value(1, 1, "3317010101200001");
            sheet.value(1, 2, "Siti Aminah");
            sheet.value(1, 3, 3); // a desil typed as a number
            sheet.value(1, 4, "33.17.01");
            // the STATUS cell left empty: a spreadsheet then writes no cell at all
            sheet.value(3, 0, "3317010101900001"); // an empty row 3 between them is skipped
            sheet.value(3, 2, "Budi Santoso");
            sheet.value(3, 3, "6");
        }));

        assertThat(result.edition().rowCount()).isEqualTo(2);
        var siti = registry.lookUp(office, "3317015708850002").orElseThrow();
        assertThat(siti.desil()).isEqualTo(3);
        assertThat(siti.regionCode()).isEqualTo("33.17.01");
        assertThat(siti.status()).isNull();
        assertThat(registry.lookUp(office, "3317010101900001").orElseThrow().desil())
                .isEqualTo(6);
    }

    @Test
    void anXlsxWithABadNikADesilOfElevenAndANikStoredAsANumberIsRefusedWithRowAndColumn() {
        var problems = refusedXlsx(xlsx(sheet -> {
            header(sheet);
            row(sheet, 1, "3317015708850002", "Siti", "3");
            row(sheet, 2, "331701010190", "Ani", "2");
            row(sheet, 3, "3317010101900001", "Budi", "11");
            sheet.value(4, 0, 3317010202900003L);
            sheet.value(4, 2, "Joko");
            sheet.value(4, 3, 2);
        }));

        assertThat(problems)
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey)
                .containsExactly(
                        tuple(3, "NIK", "registry.import.nik.length"),
                        tuple(4, "DESIL", "registry.import.desil.range"),
                        tuple(5, "NIK", "registry.import.nik.number"));
        assertNothingWritten();
    }

    @Test
    void anXlsxWithMissingAndExtraColumnsOrNoRowsIsRefused() {
        assertThat(refusedXlsx(xlsx(sheet -> {
                    sheet.value(0, 0, "NIK");
                    sheet.value(0, 1, "NAMA");
                    sheet.value(0, 2, "CATATAN");
                    row(sheet, 1, "3317015708850002", "Siti", "x");
                })))
                .extracting(InputProblem::row, InputProblem::field, InputProblem::messageKey)
                .containsExactly(
                        tuple(1, "NO_KK", "registry.import.missingColumn"),
                        tuple(1, "DESIL", "registry.import.missingColumn"),
                        tuple(1, "KODE_WILAYAH", "registry.import.missingColumn"),
                        tuple(1, "STATUS", "registry.import.missingColumn"),
                        tuple(1, "CATATAN", "registry.import.extraColumn"));
        assertThat(refusedXlsx(xlsx(RegistryImportIntegrationTests::header)))
                .extracting(InputProblem::messageKey)
                .containsExactly("registry.import.noRows");
        assertNothingWritten();
    }

    @Test
    void aZeroByteXlsxAndAFileThatIsNoXlsxAreRefused() {
        assertThat(refusedXlsx(new byte[0]))
                .extracting(InputProblem::messageKey)
                .containsExactly("registry.import.zeroBytes");
        assertThat(refusedXlsx((HEADER + SITI).getBytes(StandardCharsets.UTF_8)))
                .extracting(InputProblem::messageKey)
                .containsExactly("registry.import.notXlsx");
        assertNothingWritten();
    }

    @Test
    void aZipBombNamedXlsxIsRefusedBeforeItIsParsed() throws Exception {
        assertThat(refusedXlsx(zipBomb()))
                .extracting(InputProblem::messageKey)
                .containsExactly("registry.import.zipBomb");
        assertNothingWritten();
    }

    /** An XLSX's sheet of 64 MB of one byte, deflated to about 64 KB: a ratio of about 1000 to 1. */
    static byte[] zipBomb() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aFileIsReadAsXlsxByItsNameOrItsZipSignatureAndAsCsvOtherwise() {
        byte[] workbook = xlsx(sheet -> {
            header(sheet);
            row(sheet, 1, "3317015708850002", "Siti", "3");
        });
        registry.importFile(
                office,
                "ekspor",
                RegistryColumns.dtsenDefaults(),
                new ByteArrayInputStream(workbook),
                ImportMode.ALL_OR_NOTHING,
                "admin");
        var csv = registry.importFile(
                office,
                "ekspor.csv",
                RegistryColumns.dtsenDefaults(),
                csv(HEADER + BUDI),
                ImportMode.ALL_OR_NOTHING,
                "admin");

        assertThat(csv.edition().rowCount()).isEqualTo(1);
        assertThat(registry.lookUp(office, "3317010101900001")).isPresent();
    }

    private static void header(org.dhatim.fastexcel.Worksheet sheet) {
        var names = HEADER.strip().split(",");
        for (int c = 0; c < names.length; c++) {
            sheet.value(0, c, names[c]);
        }
    }

    private static void row(org.dhatim.fastexcel.Worksheet sheet, int r, String nik, String name, String desil) {
        sheet.value(r, 0, nik);
        sheet.value(r, 2, name);
        sheet.value(r, 3, desil);
    }

    private static byte[] xlsx(java.util.function.Consumer<org.dhatim.fastexcel.Worksheet> content) {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            var workbook = new org.dhatim.fastexcel.Workbook(bytes, "Alur", "1.0");
            content.accept(workbook.newWorksheet("DTSEN"));
            workbook.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private RegistryImportResult importXlsx(byte[] content) {
        return registry.importXlsx(
                office,
                "dtsen.xlsx",
                RegistryColumns.dtsenDefaults(),
                new ByteArrayInputStream(content),
                ImportMode.ALL_OR_NOTHING,
                "admin");
    }

    private java.util.List<InputProblem> refusedXlsx(byte[] content) {
        return assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> importXlsx(content))
                .actual()
                .problems();
    }

    private RegistryImportResult importAllOrNothing(String content) {
        return registry.importCsv(
                office, "dtsen.csv", RegistryColumns.dtsenDefaults(), csv(content), ImportMode.ALL_OR_NOTHING, "admin");
    }

    private java.util.List<InputProblem> refused(String content) {
        return refused(content.getBytes(StandardCharsets.UTF_8));
    }

    private java.util.List<InputProblem> refused(byte[] content) {
        return assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> registry.importCsv(
                        office,
                        "dtsen.csv",
                        RegistryColumns.dtsenDefaults(),
                        new ByteArrayInputStream(content),
                        ImportMode.ALL_OR_NOTHING,
                        "admin"))
                .actual()
                .problems();
    }

    private void assertNothingWritten() {
        assertThat(editions.countEntries(office)).isZero();
    }

    private static ByteArrayInputStream csv(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
