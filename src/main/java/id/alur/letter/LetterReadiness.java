package id.alur.letter;

import id.alur.office.OfficeService;
import id.alur.office.UserView;
import id.alur.sop.Activity;
import id.alur.sop.ActorKind;
import id.alur.sop.ReadinessCheck;
import id.alur.sop.ReadinessItem;
import id.alur.sop.Sop;
import id.alur.sop.SopVersionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter module's part of "siap dijalankan": every letter the SOP names as an output has a letter setting for the
 * office and SOP (without one the step would issue nothing), and the intake's Tanda Terima has one too. Which steps
 * output a letter, and of which kind, is {@link LetterOutputs}' rule over the Mutu Baku output, or the office admin's
 * choice for the version's step; the Lembar Disposisi is optional (an office may dispose on paper). The office's Tanda Terima for every SOP
 * (which a new office starts with) counts for each SOP without one of its own. The office has written its kop surat:
 * without it a letter (the Tanda Terima at the least) would print no government line and the office's name where the
 * place of the letter stands (Permendagri 1/2023 on tata naskah dinas: the kop names the pemerintah daerah, the date
 * line its place). An office the office module does not know gets no items, as in the office's check.
 */
@Component
class LetterReadiness implements ReadinessCheck {

    private final LetterSettingRepository settings;
    private final LetterheadRepository letterheads;
    private final OfficeService offices;
    private final LetterOutputChoiceRepository choices;

    LetterReadiness(
            LetterSettingRepository settings,
            LetterheadRepository letterheads,
            OfficeService offices,
            LetterOutputChoiceRepository choices) {
        this.settings = settings;
        this.letterheads = letterheads;
        this.offices = offices;
        this.choices = choices;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReadinessItem> check(String officeCode, Sop sop) {
        return check(officeCode, sop, Map.of());
    }

    /** With the admin's choices of which of this version's steps output a letter ({@link LetterOutputChoices}). */
    @Override
    @Transactional(readOnly = true)
    public List<ReadinessItem> check(String officeCode, SopVersionId version, Sop sop) {
        return check(officeCode, sop, choices.choices(version.value()));
    }

    private List<ReadinessItem> check(String officeCode, Sop sop, Map<Integer, Boolean> chosen) {
        if (offices.findOffice(officeCode).isEmpty()) {
            return List.of();
        }
        List<LetterSetting> inForce = LetterSetting.inForce(settings.forOffice(officeCode), sop.code());
        Set<LetterKind> configured = inForce.stream().map(LetterSetting::kind).collect(Collectors.toSet());
        String page = "/admin/offices/" + officeCode + "/letters";
        List<ReadinessItem> items = new ArrayList<>();
        Set<LetterKind> asked = new HashSet<>();
        for (LetterOutputs.Output output : LetterOutputs.of(sop, chosen)) {
            LetterKind kind = output.kind();
            if (kind != null && !configured.contains(kind) && asked.add(kind)) {
                Activity activity = output.activity();
                items.add(ReadinessItem.blocking(
                        page,
                        "letter.readiness.output-without-setting",
                        activity.number(),
                        activity.standard() != null && activity.standard().output() != null
                                ? activity.standard().output()
                                : activity.description(),
                        sop.code()));
            }
        }
        signersWithoutNip(officeCode, sop, inForce).forEach(items::add);
        if (!configured.contains(LetterKind.TANDA_TERIMA)) {
            items.add(ReadinessItem.blocking(page, "letter.readiness.receipt-without-setting", sop.code()));
        }
        if (letterheads.find(officeCode).isEmpty()) {
            items.add(ReadinessItem.blocking(page + "/letterhead", "letter.readiness.letterhead-unset"));
        }
        return items;
    }

    /**
     * A warning for each holder (or Plh/Plt today) of a position that signs one of the SOP's letters and has no NIP: the
     * signer block would print an empty NIP line, which a letter of a civil servant carries (Permendagri 1/2023 on tata
     * naskah dinas). Not blocking: a signer may be a non-civil-servant official, and the NIP is added on the user page.
     * The Tanda Terima (signed by whoever recorded the intake) and the refusal letter (by whoever refused) have no fixed
     * signing lane.
     */
    private List<ReadinessItem> signersWithoutNip(String officeCode, Sop sop, List<LetterSetting> inForce) {
        List<ReadinessItem> items = new ArrayList<>();
        LocalDate today = offices.today(officeCode);
        for (LetterSetting setting : inForce) {
            if (setting.kind() == LetterKind.TANDA_TERIMA || !setting.issuedOnSteps()) {
                continue;
            }
            var signing = sop.activity(setting.signStep())
                    .filter(a -> sop.actor(a.actorId())
                            .map(lane -> lane.kind() == ActorKind.POSITION)
                            .orElse(false));
            if (signing.isEmpty()) {
                continue;
            }
            Activity step = signing.get();
            for (UserView signer : offices.actingIn(officeCode, step.actorId(), today)) {
                if (signer.nip() == null || signer.nip().isBlank()) {
                    items.add(ReadinessItem.warning(
                            "/admin/users/" + signer.username(),
                            "letter.readiness.signer-without-nip",
                            step.number(),
                            signer.fullName(),
                            step.actorId()));
                }
            }
        }
        return items;
    }
}
