package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class LetterIssuerIntegrationTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Seeded: a failure can be run again as it was. */
    static final Random RANDOM = new Random(20250812L);

    /** Case ids far above those the workflow's tables hand out, so these letters never meet a real case's. */
    static final AtomicLong CASES = new AtomicLong(RANDOM.nextLong(1L << 40, 1L << 50));

    @Autowired
    LetterIssuer issuer;

    @Autowired
    LetterService letters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LetterRepository repository;

    @Autowired
    LetterCounter counterBean;

    @Autowired
    ApprovalRepository approvals;

    @Autowired
    VerificationUrls urls;

    @Autowired
    LetterTemplateRepository templates;

    @Autowired
    LetterPdf pdf;

    @Test
    void givesTwentyConcurrentSigningsTheNumbersOneToTwentyWithoutGapOrDuplicate() throws Exception {
        String office = uniqueOffice();
        var setting = setting(office, "{seq:000}/DS/KU/{yyyy}");
        int signings = 20;
        var start = new CountDownLatch(1);
        List<Callable<LetterRepository.StoredLetter>> tasks = new ArrayList<>();
        for (int i = 0; i < signings; i++) {
            long caseId = CASES.incrementAndGet();
            tasks.add(() -> {
                start.await();
                return issuer.issue(order(caseId, office, setting, Instant.parse("2025-03-10T03:00:00Z")));
            });
        }
        List<LetterRepository.StoredLetter> issued = runTogether(tasks, start);
        assertThat(issued.stream().map(LetterRepository.StoredLetter::sequence))
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, signings).boxed().toList());
        assertThat(issued.stream().map(l -> l.view().number()).distinct()).hasSize(signings);
        assertThat(issued.stream().map(l -> l.view().number())).contains("001/DS/KU/2025", "020/DS/KU/2025");
    }

    @Test
    void restartsTheSequenceInTheNewYearOfTheOfficesTimeZone() {
        String office = uniqueOffice();
        var setting = setting(office, "460/{seq}/DINSOS-{yyyy}");
        // 23:59 on 31 December in Jakarta, then 00:00 on 1 January there (still 31 December in UTC).
        var last = issuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-12-31T16:59:00Z")));
        var lastToo =
                issuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-12-31T16:59:30Z")));
        var first =
                issuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-12-31T17:00:00Z")));
        assertThat(last.view().number()).isEqualTo("460/1/DINSOS-2025");
        assertThat(lastToo.view().number()).isEqualTo("460/2/DINSOS-2025");
        assertThat(first.view().number()).isEqualTo("460/1/DINSOS-2026");
        assertThat(first.view().issuedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void issuesOneLetterWhenTheSameSigningIsDeliveredAgainEvenConcurrently() throws Exception {
        String office = uniqueOffice();
        var setting = setting(office, "{seq}/{yyyy}");
        long caseId = CASES.incrementAndGet();
        var order = order(caseId, office, setting, Instant.parse("2025-05-02T02:00:00Z"));
        var start = new CountDownLatch(1);
        List<Callable<LetterRepository.StoredLetter>> tasks = new ArrayList<>();
        var listenerTransaction = new TransactionTemplate(transactions);
        listenerTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int i = 0; i < 6; i++) {
            boolean insideListener = i % 2 == 0;
            tasks.add(() -> {
                start.await();
                // As the event listener calls it (a savepoint in its transaction) and as called alone.
                return insideListener
                        ? listenerTransaction.execute(status -> issuer.issue(order))
                        : issuer.issue(order);
            });
        }
        var issued = runTogether(tasks, start);
        assertThat(issued.stream().map(l -> l.view().id()).distinct()).hasSize(1);
        assertThat(issuer.issue(order).view().id())
                .isEqualTo(issued.getFirst().view().id());
        assertThat(counter(office)).isEqualTo(1);
        var next = issuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-05-02T03:00:00Z")));
        assertThat(next.view().number()).isEqualTo("2/2025");
    }

    @Test
    void givesTheNumberBackWhenIssuingFails() {
        String office = uniqueOffice();
        var setting = setting(office, "{seq}/{yyyy}");
        var unsigned = new LetterIssuer.Order(
                CASES.incrementAndGet(),
                "permohonan:1",
                office,
                JAKARTA,
                "kis-surat-pengantar",
                "Pelayanan Surat Pengantar",
                setting,
                Instant.parse("2025-05-02T02:00:00Z"),
                List.of(),
                LetterFixtures.applicant(),
                "REG-1",
                LetterFixtures.letterhead(office));
        assertThatThrownBy(() -> issuer.issue(unsigned)).isInstanceOf(IllegalStateException.class);
        var issued =
                issuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-05-02T03:00:00Z")));
        assertThat(issued.view().number()).isEqualTo("1/2025");
    }

    @Test
    void storesThePdfWhoseHashTheVerificationShowsAndWhoseQrCodeLeadsToIt() throws Exception {
        String office = uniqueOffice();
        var issued = issuer.issue(order(
                CASES.incrementAndGet(),
                office,
                setting(office, "{seq}/{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z")));
        byte[] pdf = letters.pdf(issued.view().id());
        String code = issued.view().verificationCode();

        assertThat(LetterIssuer.sha256(pdf))
                .isEqualTo(letters.find(issued.view().id()).pdfSha256());
        assertThat(LetterPdfTests.decodeQr(pdf)).isEqualTo("http://localhost:8080/publik/verifikasi/" + code);
        assertThat(LetterPdfTests.text(pdf)).contains("1/2025", "Siti Aminah Harahap", "NIP. 19720303 199202 1 001");

        var verification = letters.verify(code).orElseThrow();
        assertThat(verification.number()).isEqualTo("1/2025");
        assertThat(verification.applicantInitials()).isEqualTo("S. A. H.");
        assertThat(verification.signerName()).isEqualTo("Muliadi Marcos, SE, MM");
        assertThat(verification.officeName()).isEqualTo("Dinas Sosial Kabupaten Solok");
        assertThat(verification.pdfSha256()).isEqualTo(LetterIssuer.sha256(pdf));
        assertThat(verification.revoked()).isFalse();

        assertThat(letters.verifyPdf(code, pdf).orElseThrow().matches()).isTrue();
        byte[] modified = pdf.clone();
        modified[modified.length / 2] ^= 0x01;
        assertThat(letters.verifyPdf(code, modified).orElseThrow().matches()).isFalse();
        byte[] appended = Arrays.copyOf(pdf, pdf.length + 1);
        assertThat(letters.verifyPdf(code, appended).orElseThrow().matches()).isFalse();
    }

    @Test
    void rendersThePdfsOnlyAfterCommitAndKeepsTheFirstStored() throws Exception {
        String office = uniqueOffice();
        var announced = new ArrayList<LetterIssued>();
        var ownIssuer = issuer(event -> announced.add((LetterIssued) event));
        var listenerTransaction = new TransactionTemplate(transactions);
        listenerTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        var issued = listenerTransaction.execute(status -> {
            var letter = ownIssuer.issue(order(
                    CASES.incrementAndGet(),
                    office,
                    setting(office, "{seq}/{yyyy}"),
                    Instant.parse("2025-08-12T02:00:00Z")));
            // Still inside the transaction that holds the counter's row lock: announced, nothing rendered.
            assertThat(announced).hasSize(1);
            assertThat(repository.pdf(letter.view().id().value(), false)).isEmpty();
            return letter;
        });
        assertThat(announced.getFirst().id()).isEqualTo(issued.view().id());
        assertThat(issued.view().pdfSha256()).isNull();
        assertThat(repository.pdf(issued.view().id().value(), false)).isEmpty();

        // Asked for before the listener ran: rendered on demand and stored once.
        var shown = letters.verify(issued.view().verificationCode()).orElseThrow();
        byte[] pdfNow = letters.pdf(issued.view().id());
        assertThat(shown.pdfSha256()).isEqualTo(LetterIssuer.sha256(pdfNow));
        new LetterRendering(repository, pdf).on(announced.getFirst());
        assertThat(letters.pdf(issued.view().id())).isEqualTo(pdfNow);
        assertThat(letters.find(issued.view().id()).pdfSha256()).isEqualTo(shown.pdfSha256());
        assertThat(letters.verifyPdf(issued.view().verificationCode(), pdfNow)
                        .orElseThrow()
                        .matches())
                .isTrue();
    }

    @Test
    void keepsTheLetterAndItsNumberWhenItsRenderFailsAndRendersItLater() throws Exception {
        String office = uniqueOffice();
        var setting = setting(office, "{seq}/{yyyy}");
        var failures = new AtomicInteger(1);
        var failingOnce = new LetterPdf() {
            @Override
            RenderedLetter render(LetterDocument document, LetterDocument officeCopy) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("renderer crashed");
                }
                return super.render(document, officeCopy);
            }
        };
        var rendering = new LetterRendering(repository, failingOnce);
        var announced = new ArrayList<LetterIssued>();
        var ownIssuer = issuer(event -> announced.add((LetterIssued) event));

        var first =
                ownIssuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-08-12T02:00:00Z")));
        // The listener's render fails: its publication stays incomplete (LetterRenderingIntegrationTests).
        assertThatThrownBy(() -> rendering.on(announced.getLast())).hasMessage("renderer crashed");
        assertThat(first.view().number()).isEqualTo("1/2025");
        assertThat(repository.pdf(first.view().id().value(), false)).isEmpty();
        assertThat(counter(office)).isEqualTo(1);

        var second =
                ownIssuer.issue(order(CASES.incrementAndGet(), office, setting, Instant.parse("2025-08-12T03:00:00Z")));
        rendering.on(announced.getLast());
        assertThat(second.view().number()).isEqualTo("2/2025");
        assertThat(repository.pdf(second.view().id().value(), false)).isPresent();

        // The periodic sweep leaves a letter stored moments ago to the listener started at its issue.
        rendering.sweep(LetterRendering.SWEEP_GRACE);
        assertThat(repository.pdf(first.view().id().value(), false)).isEmpty();
        assertThat(rendering.sweep(Duration.ZERO)).isPositive();
        byte[] pdfOfFirst = repository.pdf(first.view().id().value(), false).orElseThrow();
        assertThat(LetterPdfTests.text(pdfOfFirst)).contains("1/2025");
        assertThat(letters.find(first.view().id()).pdfSha256()).isEqualTo(LetterIssuer.sha256(pdfOfFirst));
    }

    @Test
    void issuesNoLetterOutsideTheEmbeddedDemoWhileThePublicAddressIsUnset() {
        String office = uniqueOffice();
        var setting = setting(office, "{seq}/{yyyy}");
        var unset = new VerificationUrls("", false);
        var ownIssuer =
                new LetterIssuer(counterBean, repository, approvals, templates, unset, event -> {}, transactions);
        long caseId = CASES.incrementAndGet();

        assertThatThrownBy(() -> ownIssuer.issue(order(caseId, office, setting, Instant.parse("2025-08-12T02:00:00Z"))))
                .isInstanceOfSatisfying(InvalidLetterInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("alur.public-base-url");
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("letter.public-address.unset");
                });
        assertThat(letters.forCase(caseId)).isEmpty();
        // no number was taken: the first letter once the address is set is number 1
        assertThat(issuer.issue(order(caseId, office, setting, Instant.parse("2025-08-12T02:00:00Z")))
                        .view()
                        .number())
                .isEqualTo("1/2025");
    }

    /** An issuer like the application's whose events go to {@code publisher} instead of the listeners. */
    LetterIssuer issuer(ApplicationEventPublisher publisher) {
        return new LetterIssuer(counterBean, repository, approvals, templates, urls, publisher, transactions);
    }

    @Test
    void answersUnknownAndMalformedCodesAlike() {
        assertThat(letters.verify(VerificationCode.next())).isEmpty();
        assertThat(letters.verify("../../etc/passwd")).isEmpty();
        assertThat(letters.verify("")).isEmpty();
        assertThat(letters.verify(null)).isEmpty();
        assertThat(letters.verifyPdf("x' or 1=1 --", new byte[] {1})).isEmpty();
    }

    @Test
    void showsTheParafOnTheOfficeCopyOnly() throws Exception {
        String office = uniqueOffice();
        long caseId = CASES.incrementAndGet();
        var base = setting(office, "{seq}/{yyyy}");
        var setting = new LetterSetting(
                null,
                office,
                base.sopCode(),
                base.kind(),
                4,
                4,
                List.of(3),
                base.pattern(),
                null,
                null,
                base.subject(),
                base.addressee(),
                null,
                0);
        var kabid = new Approval(
                3,
                Approval.Role.PARAF,
                "kabid",
                "Rina Kartika",
                "kabid-rehabilitasi-jamsos",
                "Kepala Bidang Rehabilitasi dan Jaminan Sosial",
                null,
                null,
                null,
                null,
                null,
                Instant.parse("2025-08-12T01:00:00Z"));
        var order = order(caseId, office, setting, Instant.parse("2025-08-12T02:00:00Z"));
        var withParaf = new LetterIssuer.Order(
                order.caseId(),
                order.subjectRef(),
                order.officeCode(),
                order.zone(),
                order.sopCode(),
                order.sopName(),
                setting,
                order.completedAt(),
                List.of(kabid, signature(4, order.completedAt())),
                order.applicant(),
                order.trackingNumber(),
                order.letterhead());
        var issued = issuer.issue(withParaf);
        assertThat(LetterPdfTests.text(letters.pdf(issued.view().id()))).doesNotContain("Rina Kartika");
        assertThat(LetterPdfTests.text(letters.officeCopy(issued.view().id()))).contains("Rina Kartika", "ARSIP");
    }

    @Test
    void revokesWithAReasonThatTheVerificationShows() {
        String office = uniqueOffice();
        var issued = issuer.issue(order(
                CASES.incrementAndGet(),
                office,
                setting(office, "{seq}/{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z")));
        var id = issued.view().id();
        assertThatThrownBy(() -> letters.revoke(id, "  ", "admin"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"));
        var revoked = letters.revoke(id, "Data pemohon salah ketik", "admin");
        assertThat(revoked.revoked()).isTrue();
        var verification = letters.verify(issued.view().verificationCode()).orElseThrow();
        assertThat(verification.revoked()).isTrue();
        assertThat(verification.revokedReason()).isEqualTo("Data pemohon salah ketik");
        assertThatThrownBy(() -> letters.revoke(id, "lagi", "admin2"))
                .isInstanceOfSatisfying(
                        LetterChangedException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("admin"));
    }

    String uniqueOffice() {
        return "test-" + Long.toString(RANDOM.nextLong(1L << 40), 36);
    }

    int counter(String office) {
        return jdbc.sql("select coalesce(sum(last_value), 0) from letter_counter where office_code = ?")
                .param(office)
                .query(Integer.class)
                .single();
    }

    static LetterSetting setting(String office, String pattern) {
        return new LetterSetting(
                null,
                office,
                "kis-surat-pengantar",
                LetterKind.SURAT_PENGANTAR,
                4,
                4,
                List.of(),
                NumberingPattern.parse(pattern),
                null,
                null,
                "Permohonan Penerbitan KIS",
                "Kepala BPJS Kesehatan",
                null,
                0);
    }

    static Approval signature(int step, Instant at) {
        var signer = LetterFixtures.signer();
        return new Approval(
                step,
                Approval.Role.SIGNATURE,
                "kadis",
                signer.name(),
                "kepala-dinas",
                signer.title(),
                signer.rank(),
                signer.nip(),
                null,
                null,
                null,
                at);
    }

    @Test
    void theVerificationNamesTheOfficeWithTheRegionOfItsLetterhead() {
        String office = uniqueOffice();
        var order = order(
                CASES.incrementAndGet(),
                office,
                setting(office, "{seq}/{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z"));
        var withRegion = new LetterIssuer.Order(
                order.caseId(),
                order.subjectRef(),
                order.officeCode(),
                order.zone(),
                order.sopCode(),
                order.sopName(),
                order.setting(),
                order.completedAt(),
                order.stepApprovals(),
                order.applicant(),
                order.trackingNumber(),
                LetterFixtures.withRegion(order.letterhead(), "13.02"));

        var issued = issuer.issue(withRegion);

        assertThat(letters.verify(issued.view().verificationCode())
                        .orElseThrow()
                        .officeName())
                .isEqualTo("Dinas Sosial Kabupaten Solok, Provinsi Sumatera Barat");
    }

    @Test
    void refusesALetterheadWhoseRegionCodeIsNoProvinceOrRegencyNamingTheField() {
        String office = uniqueOffice();
        for (String code : new String[] {"99.99", "33.17.01"}) {
            assertThatThrownBy(() -> letters.saveLetterhead(
                            new LetterheadView(
                                    office,
                                    "Pemerintah Kabupaten Uji",
                                    "Dinas Sosial",
                                    null,
                                    null,
                                    "Uji",
                                    false,
                                    0,
                                    code),
                            "admin"))
                    .isInstanceOfSatisfying(InvalidLetterInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("regionCode");
                        assertThat(e.messageKey()).isEqualTo("letter.letterhead.region-unknown");
                    });
        }
        assertThat(letters.letterhead(office)).isEmpty();
        assertThat(letters.saveLetterhead(
                                new LetterheadView(
                                        office,
                                        "Pemerintah Kabupaten Rembang",
                                        "Dinas Sosial",
                                        null,
                                        null,
                                        "Rembang",
                                        false,
                                        0,
                                        "33.17"),
                                "admin")
                        .regionCode())
                .isEqualTo("33.17");
    }

    static LetterIssuer.Order order(long caseId, String office, LetterSetting setting, Instant at) {
        return new LetterIssuer.Order(
                caseId,
                "permohonan:" + caseId,
                office,
                JAKARTA,
                setting.sopCode(),
                "Pelayanan Surat Pengantar Pembuatan KIS",
                setting,
                at,
                List.of(signature(setting.signStep(), at)),
                LetterFixtures.applicant(),
                "REG-" + caseId,
                LetterFixtures.letterhead(office));
    }

    static <T> List<T> runTogether(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<T>> futures = new ArrayList<>();
            for (var task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
