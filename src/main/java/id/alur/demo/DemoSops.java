package id.alur.demo;

import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes the seed SOP of each of the five seed offices once the application is up, when the demo data is wanted
 * ({@link ConditionalOnDemoData}). Idempotent: an office that already has a version of its seed's code is left alone, so a
 * revision made in the application is never overwritten. Published through {@link SopService#publish}, so the seeds
 * pass the same readiness checks as any office's SOP.
 */
@Component
@ConditionalOnDemoData
class DemoSops {

    private static final Logger log = LoggerFactory.getLogger(DemoSops.class);

    private final SopService sops;

    DemoSops(SopService sops) {
        this.sops = sops;
    }

    /** After the letter settings ({@link DemoLetters}): publishing asks the readiness checks, which need them. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoLetters.ORDER + 10)
    void publishSeedSops() {
        int created = install();
        if (created > 0) {
            log.info("Demo data: published {} seed SOP(s)", created);
        }
    }

    /** @return how many seed SOPs were created and published */
    int install() {
        int created = 0;
        for (String office : SopFormat.seedOfficeCodes()) {
            String code = SopFormat.seed(office).code();
            boolean present =
                    sops.versions(office).stream().map(SopVersionView::code).anyMatch(code::equals);
            if (!present) {
                SopVersionView draft =
                        sops.createDraft(office, SopFormat.seedFileName(office), SopFormat.seedSource(office));
                sops.publish(draft.id());
                created++;
            }
        }
        return created;
    }
}
