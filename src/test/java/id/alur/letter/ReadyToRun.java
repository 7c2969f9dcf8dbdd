package id.alur.letter;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.office.PositionDetails;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Makes a test office ready to run an SOP ("siap dijalankan"), so that publishing it passes the readiness checks: a
 * position with a holder for every lane but the applicant's (the front-desk lane's marked Petugas loket), a letter
 * setting for every letter the SOP names as an output, the Tanda Terima setting and the office's kop surat.
 */
public final class ReadyToRun {

    private ReadyToRun() {}

    public static void prepare(ApplicationContext context, String office, String sopText) {
        OfficeService offices = context.getBean(OfficeService.class);
        LetterService letters = context.getBean(LetterService.class);
        Sop sop = SopFormat.parse("ready.sop.yaml", sopText.getBytes(StandardCharsets.UTF_8));
        var data = new OfficeTestData(offices);
        // The lane of the first office activity takes the applications in: its position is the "Petugas loket".
        String frontDesk = sop.activities().stream()
                .map(a -> sop.actor(a.actorId()).orElseThrow())
                .filter(actor -> actor.kind() == ActorKind.POSITION)
                .map(Actor::id)
                .findFirst()
                .orElseThrow();
        int rank = 10;
        for (Actor lane : sop.actors()) {
            if (lane.kind() == ActorKind.APPLICANT) {
                continue;
            }
            if (offices.findPosition(office, lane.id()).isEmpty()) {
                offices.createPosition(
                        office,
                        lane.id(),
                        new PositionDetails(
                                lane.name(),
                                rank++,
                                lane.id().equals(frontDesk),
                                lane.kind() == ActorKind.OUTSIDE_PARTY));
            }
            data.user(office, lane.id());
        }
        // A setting for each letter kind the SOP outputs (LetterOutputs' rule, as LetterReadiness asks), issued at the
        // first step naming the seeds' letter by its full name (as this fixture always did: seed 003's step 5 "Surat
        // Rekomendasi Berobat", not step 4's draft), else at the first step of the kind.
        Map<LetterKind, String> names = Map.of(
                LetterKind.SURAT_PENGANTAR, "surat pengantar",
                LetterKind.SURAT_REKOMENDASI_BEROBAT, "rekomendasi berobat",
                LetterKind.LEMBAR_VERIFIKASI, "lembar verifikasi");
        var outputs = LetterOutputs.of(sop, Map.of());
        outputs.stream()
                .map(LetterOutputs.Output::kind)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(kind -> {
                    var ofKind = outputs.stream().filter(o -> o.kind() == kind).toList();
                    var step = ofKind.stream()
                            .filter(o -> names.containsKey(kind)
                                    && o.activity()
                                            .standard()
                                            .output()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains(names.get(kind)))
                            .findFirst()
                            .orElse(ofKind.getFirst());
                    setting(letters, office, sop.code(), kind, step.activity().number());
                });
        setting(letters, office, sop.code(), LetterKind.TANDA_TERIMA, 1);
        letterhead(letters, office);
    }

    /** The office's kop surat, which publishing asks for (the letter module's readiness), unless it has one. */
    public static void letterhead(LetterService letters, String office) {
        if (letters.letterhead(office).isEmpty()) {
            letters.saveLetterhead(
                    new LetterheadView(
                            office,
                            "Pemerintah Kabupaten Uji",
                            "Dinas Sosial",
                            "Jl. Uji No. 1",
                            null,
                            "Ujung",
                            false,
                            0),
                    "test");
        }
    }

    private static void setting(LetterService letters, String office, String sopCode, LetterKind kind, int step) {
        boolean present =
                letters.settings(office).stream().anyMatch(s -> sopCode.equals(s.sopCode()) && s.kind() == kind);
        if (!present) {
            letters.saveSetting(
                    new LetterSettingView(
                            null,
                            office,
                            sopCode,
                            kind,
                            step,
                            step,
                            List.of(),
                            kind.slug().toUpperCase(java.util.Locale.ROOT) + "/{seq}/{yyyy}",
                            null,
                            null,
                            null,
                            null,
                            null,
                            0),
                    "test");
        }
    }
}
