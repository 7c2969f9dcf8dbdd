package id.alur.sop;

import id.alur.sop.yaml.Durations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Totals of the Mutu Baku times, as the SOP forms print them under the table. */
public final class SopTotals {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private SopTotals() {}

    /**
     * The sum of the standard times as written, the way the forms add them: minutes carry into hours, days stay days
     * (a working day is not 24 hours), working and calendar time are added alike. Seed 003 gives "26 Jam 15 Menit".
     *
     * @return e.g. "1 Hari 2 Jam 15 Menit"; "" when no row has a time
     */
    public static String asWritten(Sop sop) {
        return asWritten(sop.activities());
    }

    public static String asWritten(List<Activity> activities) {
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal minutes = BigDecimal.ZERO;
        boolean any = false;
        for (Activity activity : activities) {
            StandardTime time =
                    activity.standard() == null ? null : activity.standard().time();
            if (time == null) {
                continue;
            }
            any = true;
            switch (time.unit()) {
                case HARI -> days = days.add(time.amount());
                case JAM -> minutes = minutes.add(time.amount().multiply(SIXTY));
                case MENIT -> minutes = minutes.add(time.amount());
            }
        }
        if (!any) {
            return "";
        }
        BigDecimal hours = minutes.divideToIntegralValue(SIXTY);
        BigDecimal restMinutes = minutes.subtract(hours.multiply(SIXTY));
        List<String> parts = new ArrayList<>();
        if (days.signum() > 0) {
            parts.add(Durations.number(days) + " Hari");
        }
        if (hours.signum() > 0) {
            parts.add(Durations.number(hours) + " Jam");
        }
        if (restMinutes.signum() > 0 || parts.isEmpty()) {
            parts.add(Durations.number(restMinutes) + " Menit");
        }
        return String.join(" ", parts);
    }
}
