package id.alur.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * One imported extract of an office: the newest committed one serves look-ups.
 *
 * @param id the edition
 * @param officeCode the office that imported it; no other office sees it
 * @param sourceName the uploaded file's name
 * @param importedAt when the import committed: the edition's date shown at intake
 * @param importedBy the admin who imported it
 * @param rowCount the rows it holds
 */
public record RegistryEdition(
        UUID id, String officeCode, String sourceName, Instant importedAt, String importedBy, int rowCount) {}
