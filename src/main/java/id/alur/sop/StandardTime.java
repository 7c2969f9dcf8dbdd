package id.alur.sop;

import java.math.BigDecimal;

/**
 * The standard time of an activity as the SOP writes it.
 *
 * @param amount e.g. 15
 * @param unit menit, jam or hari
 * @param basis whether it counts working time (the default) or calendar time
 * @param text the raw text as printed, e.g. "24 Jam"
 */
public record StandardTime(BigDecimal amount, TimeUnit unit, TimeBasis basis, String text) {

    public enum TimeUnit {
        MENIT,
        JAM,
        HARI
    }

    public enum TimeBasis {
        WORKING,
        CALENDAR
    }
}
