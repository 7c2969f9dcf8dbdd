package id.alur.sop.yaml;

import id.alur.sop.StandardTime;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The standard times as the SOPs write them: "15 Menit", "2menit", "1 hari", "24 Jam", "1,5 jam kalender". */
public final class Durations {

    private static final Pattern TIME = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(menit|jam|hari)(?:\\s+(kerja|kalender))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Durations() {}

    /**
     * The time a text states. "hari" counts working days and "jam"/"menit" working time unless the text says
     * "kalender" (GLOSSARY.md: Waktu).
     */
    public static Optional<StandardTime> parse(String text) {
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = amount(matcher.group(1));
        if (amount == null) {
            return Optional.empty();
        }
        StandardTime.TimeBasis basis =
                matcher.group(3) == null ? StandardTime.TimeBasis.WORKING : basis(matcher.group(3));
        return Optional.of(new StandardTime(amount, unit(matcher.group(2)), basis, text.strip()));
    }

    /** A positive amount ("15", "1,5", "0.5"), or {@code null}. */
    public static @Nullable BigDecimal amount(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d+(?:[.,]\\d+)?")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text.strip().replace(',', '.'));
        return amount.signum() > 0 ? amount : null;
    }

    /** The unit a word names, or {@code null}. */
    public static StandardTime.@Nullable TimeUnit unit(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "menit" -> StandardTime.TimeUnit.MENIT;
            case "jam" -> StandardTime.TimeUnit.JAM;
            case "hari" -> StandardTime.TimeUnit.HARI;
            default -> null;
        };
    }

    /** The basis a word names (kerja, kalender), or {@code null}. */
    public static StandardTime.@Nullable TimeBasis basis(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "kerja" -> StandardTime.TimeBasis.WORKING;
            case "kalender" -> StandardTime.TimeBasis.CALENDAR;
            default -> null;
        };
    }

    public static String word(StandardTime.TimeUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    public static String word(StandardTime.TimeBasis basis) {
        return basis == StandardTime.TimeBasis.WORKING ? "kerja" : "kalender";
    }

    /** "15 menit", "1,5 jam": the amount the Indonesian way, with a decimal comma. */
    public static String format(BigDecimal amount, StandardTime.TimeUnit unit) {
        return number(amount) + " " + word(unit);
    }

    public static String number(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
