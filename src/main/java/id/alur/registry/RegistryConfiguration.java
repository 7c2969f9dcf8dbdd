package id.alur.registry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrySettings.class)
class RegistryConfiguration {

    /** The executor of the import page's checks and imports. */
    static final String IMPORT_THREADS = "registryImportThreads";

    /**
     * One import at a time per application: an import of a million rows keeps a core and a database connection busy
     * for its whole transaction, and the others wait in the queue (their jobs show "checking" meanwhile).
     */
    @Bean(IMPORT_THREADS)
    ThreadPoolTaskExecutor registryImportThreads() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("registry-import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
