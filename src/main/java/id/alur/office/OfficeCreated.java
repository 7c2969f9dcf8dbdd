package id.alur.office;

/**
 * An office was created (admin page or API), published inside the creating transaction so that what other modules
 * give every new office (the letter module's Tanda Terima setting, issue 12 item 8) is written with it or not at all.
 *
 * @param code the new office's code
 * @param createdBy who created it
 */
public record OfficeCreated(String code, String createdBy) {}
