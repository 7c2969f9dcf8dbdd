package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.InputProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an office's text of a notification kind may hold: the kind's placeholders, on any line, and nothing loose. */
class NotificationTemplatesTests {

    static List<String> problems(NotificationKind kind, String text) {
        var problems = new ArrayList<InputProblem>();
        NotificationTemplates.check("body", text, NotificationTemplates.MAX_BODY, kind, problems);
        return problems.stream().map(p -> p.messageKey() + p.arguments()).toList();
    }

    @Test
    void acceptsTheKindsPlaceholdersOnAnyLine() {
        assertThat(
                        problems(
                                NotificationKind.STEP_OVERDUE,
                                "Langkah {activity} {activityName}\n{trackingNumber} lewat batas {due} ({service}, {applicant})"))
                .isEmpty();
        assertThat(problems(NotificationKind.LATE_DIGEST, "{count} kasus di {office} per {date}:\n{cases}"))
                .isEmpty();
    }

    @Test
    void namesTheLineOfAPlaceholderUnknownOrNotOfThisKind() {
        assertThat(problems(NotificationKind.STEP_ARRIVED, "Permohonan {trackingNumber}\nbatas {due}\n{nomor}"))
                .containsExactly(
                        "notification.template.unknown[2, {due}]", "notification.template.unknown[3, {nomor}]");
    }

    @Test
    void namesTheLineOfABraceThatOpensNoPlaceholder() {
        assertThat(problems(NotificationKind.APPLICANT_READY, "Yth. {applicant}\nsiap {diambil\n}"))
                .containsExactly("notification.template.brace[2]", "notification.template.brace[3]");
    }

    @Test
    void refusesAnEmptyText() {
        assertThat(problems(NotificationKind.APPLICANT_READY, "  "))
                .containsExactly("notification.template.required[]");
    }
}
