package id.alur.letter;

import id.alur.sop.Activity;
import id.alur.sop.ActorKind;
import id.alur.sop.Sop;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which steps of an SOP produce a letter the office issues, and of which kind: the rule over the Mutu Baku's Output
 * column, and the office admin's choice per step of a version, which wins (issue 12 follow-up; docs/letters.md
 * "Letter outputs"). The rule, on the output in lower case, for a step in an office position's lane (an outside party's
 * KIS or the applicant's papers are no letter of the office):
 *
 * <ol>
 *   <li>naming a letter received, a disposition or a draft ("surat masuk", "disposisi", "didisposisi", "konsep",
 *       "draf"): no letter (the Lembar Disposisi is optional, an office may dispose on paper; a draft is issued later, at
 *       the step that outputs the letter itself);
 *   <li>"surat pengantar": the Surat Pengantar; "rekomendasi": the Surat Rekomendasi; "lembar verifikasi": the Lembar
 *       Verifikasi (the seeds' letters, also inside a longer output such as seed 004's "KK, KTP, ..., lembar
 *       verifikasi dan persetujuan");
 *   <li>any other output with one of the words "surat", "berita acara", "keterangan", "kartu", "sertifikat": the
 *       service letter ({@link LetterKind#SURAT_LAYANAN}), e.g. "Surat Keterangan", "Surat Jaminan", "Berita Acara";
 *   <li>anything else (Paraf, Disposisi, Laporan, KIS): no letter.
 * </ol>
 */
final class LetterOutputs {

    private static final Pattern NOT_ISSUED = Pattern.compile("surat masuk|disposisi|konsep|draf");
    private static final Pattern LETTER_WORDS =
            Pattern.compile("\\b(surat|berita acara|keterangan|kartu|sertifikat)\\b");

    /**
     * One step's output.
     *
     * @param byRule the kind the rule gives, {@code null} when the rule sees no letter
     * @param chosen the admin's choice ({@code true}: a letter, {@code false}: none), {@code null} to follow the rule
     * @param kind the letter the step produces after the choice, {@code null} for none
     */
    record Output(
            Activity activity,
            @Nullable LetterKind byRule,
            @Nullable Boolean chosen,
            @Nullable LetterKind kind) {

        public boolean letter() {
            return kind != null;
        }
    }

    private LetterOutputs() {}

    /** The kind the rule sees in an output text, {@code null} for none. */
    static @Nullable LetterKind byRule(@Nullable String output) {
        if (output == null || output.isBlank()) {
            return null;
        }
        String text = output.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (NOT_ISSUED.matcher(text).find()) {
            return null;
        }
        if (text.contains("surat pengantar")) {
            return LetterKind.SURAT_PENGANTAR;
        }
        if (text.contains("rekomendasi")) {
            return LetterKind.SURAT_REKOMENDASI_BEROBAT;
        }
        if (text.contains("lembar verifikasi")) {
            return LetterKind.LEMBAR_VERIFIKASI;
        }
        return LETTER_WORDS.matcher(text).find() ? LetterKind.SURAT_LAYANAN : null;
    }

    /**
     * The choices made for one version that carry over to a later one (issue 12 follow-up): those of the steps that are
     * still there, meaning a step of {@code after} in an office position's lane with the activity number and the Output
     * of a chosen step of {@code before} (the Output as the rule reads it: case and runs of spaces aside). A choice is a
     * judgement about one step's output: a renumbered row is another step, and a changed Output may be another letter or
     * none, so for those the rule decides again and the admin sees the step as "follow the rule".
     */
    static Map<Integer, Boolean> carriedOver(Sop before, Sop after, Map<Integer, Boolean> chosen) {
        Map<Integer, String> outputs = new HashMap<>();
        for (Activity a : before.activities()) {
            if (chosen.containsKey(a.number())) {
                outputs.put(a.number(), comparable(a));
            }
        }
        Map<Integer, Boolean> carried = new TreeMap<>();
        for (Output step : of(after, Map.of())) {
            int number = step.activity().number();
            if (outputs.containsKey(number) && outputs.get(number).equals(comparable(step.activity()))) {
                carried.put(number, chosen.get(number));
            }
        }
        return carried;
    }

    private static String comparable(Activity activity) {
        String output = activity.standard() == null ? null : activity.standard().output();
        return output == null ? "" : output.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Every step of the SOP in an office position's lane, with the rule's verdict and the admin's choice (by activity
     * number; choices for other steps are ignored). A step chosen as a letter that the rule names no kind for issues the
     * service letter.
     */
    static List<Output> of(Sop sop, Map<Integer, Boolean> choices) {
        return sop.activities().stream()
                .filter(a -> sop.actor(a.actorId())
                        .map(lane -> lane.kind() == ActorKind.POSITION)
                        .orElse(false))
                .map(a -> {
                    LetterKind rule =
                            byRule(a.standard() == null ? null : a.standard().output());
                    Boolean chosen = choices.get(a.number());
                    LetterKind kind =
                            chosen == null ? rule : chosen ? (rule != null ? rule : LetterKind.SURAT_LAYANAN) : null;
                    return new Output(a, rule, chosen, kind);
                })
                .toList();
    }
}
