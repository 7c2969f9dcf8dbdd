package id.alur.letter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterModuleSettings.class)
class LetterConfiguration {

    /** The executor of {@link LetterRendering#on(LetterIssued)}. */
    static final String RENDER_THREADS = "letterRenderThreads";

    private static final Logger log = LoggerFactory.getLogger(LetterConfiguration.class);

    /**
     * The threads that render issued letters after their commit: as many as cores, at most four, since rendering is
     * pure computation and each render at once holds a parsed pair of fonts (about 9 MB, {@code PdfFonts}); not the
     * application's task executor, whose virtual threads would start every render of a burst at once. A render that
     * finds a thousand waiting is dropped: its publication stays incomplete, the sweep renders the letter and the next
     * start completes the publication (docs/letters.md "Rendering").
     */
    @Bean(RENDER_THREADS)
    ThreadPoolTaskExecutor letterRenderThreads() {
        int threads = renderThreads();
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(1000);
        executor.setKeepAliveSeconds(30);
        executor.setAllowCoreThreadTimeOut(true);
        executor.setThreadNamePrefix("letter-pdf-");
        executor.setRejectedExecutionHandler(
                (task, pool) -> log.debug("Letter render queue full; the sweep renders what is left"));
        // Renders still running at shutdown may finish; the others are resubmitted at the next start.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    /** As many render threads as cores, at most four. */
    static int renderThreads() {
        return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
    }
}
