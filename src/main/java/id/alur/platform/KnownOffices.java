package id.alur.platform;

/**
 * Whether an office exists, for modules that keep data per office code but may not use {@code office} (DESIGN.md §3),
 * e.g. the calendar's office page answering 404 for an unknown office. Implemented by the office module.
 */
public interface KnownOffices {

    boolean exists(String officeCode);
}
