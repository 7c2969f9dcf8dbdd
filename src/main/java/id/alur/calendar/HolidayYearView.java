package id.alur.calendar;

/**
 * The decree a year's holiday list comes from.
 *
 * @param source the SKB 3 Menteri (and amendments) of that year, or a note on how a provisional list was made
 * @param provisional the list is not (yet) checked against the year's decree and may be incomplete
 */
public record HolidayYearView(int year, String source, boolean provisional) {}
