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
        // The first step naming each letter issues it, as LetterReadiness asks (LetterOutputs' rule).
        var issued = new java.util.HashSet<LetterKind>();
        LetterOutputs.of(sop, java.util.Map.of()).stream()
                .filter(o -> o.kind() != null && issued.add(o.kind()))
                .forEach(o -> setting(letters, office, sop.code(), o.kind(), o.activity().number()));
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
