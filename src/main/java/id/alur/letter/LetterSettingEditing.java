package id.alur.letter;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An office's letter settings as its admin edits them: saved after checking, removed only while no letter was issued
 * under them, each change on the audit trail in the change's transaction (issue 14), for {@link LetterService}.
 */
@Component
class LetterSettingEditing {

    private static final Logger log = LoggerFactory.getLogger(LetterSettingEditing.class);

    private final LetterSettingRepository settings;
    private final LetterRepository letters;
    private final AuditTrail audit;
    private final Clock clock;

    LetterSettingEditing(
            LetterSettingRepository settings, LetterRepository letters, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** See {@link LetterService#saveSetting}. */
    LetterSettingView save(LetterSettingView input, String by) {
        var setting = LetterSetting.of(input).validated();
        Instant now = clock.instant();
        if (setting.id() == null) {
            long id = settings.insert(setting, by, now);
            recordSaved(id, setting);
            return view(id);
        }
        var current =
                settings.find(setting.id()).orElseThrow(() -> new LetterNotFoundException("setting " + setting.id()));
        if (!current.officeCode().equals(setting.officeCode())
                || !current.sopCode().equals(setting.sopCode())
                || current.kind() != setting.kind()) {
            throw new InvalidLetterInputException("kind", "letter.setting.identity-fixed");
        }
        if (!settings.update(setting, by, now)) {
            var change = settings.lastChange(setting.id());
            throw new LetterChangedException("setting " + setting.id(), change.by(), change.at(), view(setting.id()));
        }
        recordSaved(setting.id(), setting);
        return view(setting.id());
    }

    /** See {@link LetterService#removeSetting}. */
    void remove(String officeCode, long id, String by) {
        var setting = settings.find(id)
                .filter(s -> s.officeCode().equals(officeCode))
                .orElseThrow(() -> new LetterNotFoundException("setting " + id));
        long issued = letters.countIssued(officeCode, setting.sopCode(), setting.kind());
        if (issued > 0) {
            throw new InvalidLetterInputException("setting", "letter.setting.remove.letters-issued", issued);
        }
        if (!settings.delete(officeCode, id)) {
            throw new LetterNotFoundException("setting " + id);
        }
        log.info("Letter setting {} of office {} removed by {}", id, officeCode, by);
        audit.record(AuditEvent.of("letter-setting.removed")
                .about("letter-setting", id)
                .inOffice(officeCode)
                .detail(setting.sopCode() + " " + setting.kind()));
    }

    private LetterSettingView view(long id) {
        return settings.find(id)
                .map(LetterSetting::view)
                .orElseThrow(() -> new LetterNotFoundException("setting " + id));
    }

    private void recordSaved(Object id, LetterSetting setting) {
        audit.record(AuditEvent.of("letter-setting.saved")
                .about("letter-setting", id)
                .inOffice(setting.officeCode())
                .detail(setting.sopCode() + " " + setting.kind()));
    }
}
