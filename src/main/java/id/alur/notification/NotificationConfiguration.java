package id.alur.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationSettings.class, GatewaySettings.class})
class NotificationConfiguration {

    /** The executor of the module's event listeners. */
    static final String THREADS = "notificationThreads";

    /**
     * Every listener id of this module starts so; the ids are fixed, so that a renamed method keeps its publications.
     */
    static final String LISTENER_PREFIX = "notification-";

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /**
     * The threads that deliver notifications after the transitions' commits: a few, since delivering is waiting on
     * SMTP servers and gateways, and a bounded queue. Not the default of {@code @ApplicationModuleListener}'s
     * {@code @Async}: with the letter module's executor in the context there is no application task executor, and
     * Spring would start a new thread for every event. A delivery that finds the queue full is dropped: its
     * publication stays incomplete and platform's {@code EventResubmission} runs it again.
     */
    @Bean(THREADS)
    ThreadPoolTaskExecutor notificationThreads() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        executor.setKeepAliveSeconds(30);
        executor.setAllowCoreThreadTimeOut(true);
        executor.setThreadNamePrefix("notification-");
        executor.setRejectedExecutionHandler(
                (task, pool) -> log.warn("Notification queue full; the resubmission job delivers what is left"));
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
