package id.alur.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded scan, without its bytes.
 *
 * @param contentType what the content was found to be: {@code application/pdf}, {@code image/jpeg} or
 *     {@code image/png}
 * @param sha256 checksum of the bytes, lowercase hex
 * @param stepNumber the SOP step it was uploaded at, {@code null} at intake
 */
public record DocumentView(
        DocumentId id,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable Integer stepNumber,
        Instant uploadedAt,
        String uploadedBy) {}
