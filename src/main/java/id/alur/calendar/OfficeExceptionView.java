package id.alur.calendar;

import java.time.LocalDate;

/** One office's exception to the national working calendar, with the reason an administrator gave. */
public record OfficeExceptionView(String officeCode, LocalDate date, OfficeExceptionKind kind, String reason) {}
