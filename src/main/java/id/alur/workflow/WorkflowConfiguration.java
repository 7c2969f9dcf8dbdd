package id.alur.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The workflow's settings; its scheduled overdue scan is locked by platform's ShedLock configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowSettings.class)
class WorkflowConfiguration {

    /** The executor of the recount after a calendar change ({@link CalendarRecount}). */
    static final String RECOUNT_THREAD = "workflowRecountThread";

    private static final Logger log = LoggerFactory.getLogger(WorkflowConfiguration.class);

    /**
     * One thread: two changes in a row count the same office again one after the other, not against each other's
     * locks. A recount that finds the queue full is dropped: its publication stays incomplete and platform's
     * {@code EventResubmission} runs it again; on shutdown a running one is left the same way.
     */
    @Bean(RECOUNT_THREAD)
    ThreadPoolTaskExecutor workflowRecountThread() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1_000);
        executor.setKeepAliveSeconds(30);
        executor.setAllowCoreThreadTimeOut(true);
        executor.setThreadNamePrefix("workflow-recount-");
        executor.setRejectedExecutionHandler(
                (task, pool) -> log.warn("Recount queue full; the resubmission job counts what is left"));
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
