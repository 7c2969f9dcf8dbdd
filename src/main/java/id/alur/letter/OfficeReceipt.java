package id.alur.letter;

import id.alur.office.OfficeCreated;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new office its Tanda Terima setting (issue 12 item 8): for every SOP of the office, at the intake
 * (activity 1), numbered {@value LetterSetting#RECEIPT_PATTERN}, with the standard body. So a new office's first SOP is
 * not held back by a missing receipt, and its intake issues one from the first case on; the admin may change the
 * pattern, add a setting for one SOP (which then wins) or remove it. Runs inside the office's creating transaction:
 * the office and its receipt setting are written together. Offices created before this existed got theirs from
 * migration {@code V7_100}.
 */
@Component
class OfficeReceipt {

    private final LetterSettingRepository settings;
    private final Clock clock;

    OfficeReceipt(LetterSettingRepository settings, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void on(OfficeCreated event) {
        settings.insert(LetterSetting.officeReceipt(event.code()), event.createdBy(), clock.instant());
    }
}
