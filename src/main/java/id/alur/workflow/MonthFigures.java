package id.alur.workflow;

import java.time.YearMonth;

/**
 * The office's cases finished in one calendar month (office's zone), every SOP version together: how many, and their
 * lead time — the office's working time (what the SOP's Mutu Baku judges) and the calendar days from start to end.
 *
 * @param medianOfficeSeconds median working time on the office's own steps; 0 without cases
 * @param medianDays median calendar days from the start to the end of a case; 0 without cases
 */
public record MonthFigures(YearMonth month, long finished, double medianOfficeSeconds, double medianDays) {}
