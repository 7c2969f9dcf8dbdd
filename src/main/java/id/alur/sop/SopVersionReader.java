package id.alur.sop;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Reads stored SOP versions as views, parsing each version that is no longer a draft only once: shared by the drafting
 * ({@link SopService}) and the publishing ({@link SopPublishing}) of versions.
 */
@Component
class SopVersionReader {

    /** Versions parsed at once: every office's services, each with a version or two in force or recently retired. */
    static final int PARSED_VERSIONS = 256;

    private final SopVersionRepository versions;

    /**
     * The parsed SOP of each version that is no longer a draft, by id: its source text never changes again (the
     * {@code sop_version_guard} trigger refuses it, V2_0), so it is parsed once instead of on every read (an intake, an
     * inbox page listing the office's services). Only the content is kept; status and dates are read from the row.
     */
    private final Cache<Long, Sop> parsed =
            Caffeine.newBuilder().maximumSize(PARSED_VERSIONS).build();

    SopVersionReader(SopVersionRepository versions) {
        this.versions = versions;
    }

    /** @throws SopVersionNotFoundException when there is no such version */
    SopVersionRepository.Row row(SopVersionId id) {
        return versions.find(id.value()).orElseThrow(() -> new SopVersionNotFoundException(id));
    }

    SopVersionView view(SopVersionRepository.Row row) {
        if (row.status() == SopStatus.DRAFT) {
            return view(row, parseStored(row));
        }
        return view(row, parsed.get(row.id(), id -> parseStored(row)));
    }

    /** Read again: when the status changed meanwhile, the answer says what it is now and since when. */
    SopStatusChangeNotAllowedException notAllowed(SopVersionId id, SopStatus to) {
        SopVersionRepository.Row fresh = row(id);
        Instant since = fresh.status() == SopStatus.RETIRED ? fresh.retiredAt() : fresh.publishedAt();
        return new SopStatusChangeNotAllowedException(view(fresh), to, since);
    }

    static SopVersionView view(SopVersionRepository.Row row, Sop sop) {
        return new SopVersionView(
                new SopVersionId(row.id()),
                row.officeCode(),
                row.code(),
                row.number(),
                row.effectiveOn(),
                row.status(),
                sop,
                row.sourceText(),
                row.publishedAt());
    }

    private static Sop parseStored(SopVersionRepository.Row row) {
        return SopFormat.parse(row.fileName(), row.sourceText().getBytes(StandardCharsets.UTF_8));
    }
}
