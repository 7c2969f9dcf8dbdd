package id.alur.letter;

import id.alur.sop.SopDraftCreated;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionView;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries the office admin's choices of which steps output a letter ({@link LetterOutputChoices}) over to a new draft
 * of the SOP (issue 12 follow-up: a revision started from the rule again, and its readiness asked again for letters
 * the admin had ruled out). From the version revised, or for a draft from a file or the editor from the SOP's newest
 * published or retired version, for the steps still there ({@link LetterOutputs#carriedOver}). Done when the draft is
 * created, inside its transaction, rather than when it is published: the readiness checked before publishing and the
 * outputs page of the draft then show the choices the version will be published with, and a publish never changes
 * what was checked.
 */
@Component
class LetterOutputCarryOver {

    private static final Logger log = LoggerFactory.getLogger(LetterOutputCarryOver.class);

    private final SopService sops;
    private final LetterOutputChoiceRepository choices;

    LetterOutputCarryOver(SopService sops, LetterOutputChoiceRepository choices) {
        this.sops = sops;
        this.choices = choices;
    }

    @EventListener
    void on(SopDraftCreated event) {
        Optional<SopVersionView> source = event.revisedFrom() != null
                ? Optional.of(sops.get(event.revisedFrom()))
                : sops.versions(event.officeCode()).stream()
                        .filter(v -> v.code().equals(event.code()) && v.version() < event.version())
                        .filter(v -> v.status() != SopStatus.DRAFT)
                        .max(Comparator.comparingInt(SopVersionView::version));
        if (source.isEmpty()) {
            return;
        }
        Map<Integer, Boolean> chosen = choices.choices(source.get().id().value());
        if (chosen.isEmpty()) {
            return;
        }
        var carried = LetterOutputs.carriedOver(
                source.get().sop(), sops.get(event.id()).sop(), chosen);
        choices.copy(source.get().id().value(), event.id().value(), carried.keySet());
        log.info(
                "Letter output choices of steps {} carried over from SOP version {} to {} ({} v{})",
                carried.keySet(),
                source.get().id().value(),
                event.id().value(),
                event.code(),
                event.version());
    }
}
