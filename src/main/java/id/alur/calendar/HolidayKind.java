package id.alur.calendar;

/** The two kinds of day the yearly SKB 3 Menteri (hari libur nasional dan cuti bersama) declares. */
public enum HolidayKind {
    /** Hari libur nasional. */
    NATIONAL,
    /** Cuti bersama: government offices close; an office that serves on that day records an extra working day. */
    CUTI_BERSAMA
}
