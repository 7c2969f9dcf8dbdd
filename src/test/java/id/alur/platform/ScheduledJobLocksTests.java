package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 14 item 6: a lock held by a killed node blocks its job until the lock's {@code lockAtMostFor}, so every
 * scheduled job names the one it needs (not ShedLock's default), at most half an hour, and docs/production.md
 * "Scheduled jobs" lists each with that value.
 */
class ScheduledJobLocksTests {

    record Job(String name, Duration lockAtMostFor, Method method) {}

    @Test
    void everyScheduledJobRunsUnderALockOfItsOwnWithItsLockAtMostForNamed() throws Exception {
        List<Job> jobs = jobs();

        assertThat(jobs).extracting(Job::name).contains("workflow-overdue-scan", "letter-pdf-sweep", "event-resubmit");
        assertThat(jobs).extracting(Job::name).doesNotHaveDuplicates();
        assertThat(jobs)
                .allSatisfy(job -> assertThat(job.lockAtMostFor())
                        .as(job.name())
                        .isPositive()
                        .isLessThanOrEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void theOperatorsGuideListsEachJobWithItsLockAtMostFor() throws Exception {
        String guide = Files.readString(Path.of("docs/production.md"));
        String section = guide.substring(guide.indexOf("### Scheduled jobs"));

        assertThat(jobs())
                .allSatisfy(job -> assertThat(section)
                        .as(job.name())
                        .containsPattern("\\| `" + job.name() + "` \\|[^\\n]*\\| "
                                + job.lockAtMostFor().toMinutes() + " min \\|"));
    }

    /** Every {@code @Scheduled} method of Alur's components, with its lock; a method without one fails here. */
    static List<Job> jobs() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Job> jobs = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("id.alur")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Scheduled.class)) {
                    continue;
                }
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                assertThat(lock).as(method + " runs under a ShedLock lock").isNotNull();
                assertThat(lock.lockAtMostFor())
                        .as(method + " names its lockAtMostFor")
                        .isNotBlank();
                jobs.add(new Job(lock.name(), Duration.parse(defaultOf(lock.lockAtMostFor())), method));
            }
        }
        return jobs;
    }

    /** {@code ${alur.x:PT2M}} is {@code PT2M}: the value unless an operator sets the property. */
    private static String defaultOf(String value) {
        return value.startsWith("${") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
    }
}
