package id.alur.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of every module ({@code @Scheduled} with {@code @SchedulerLock}) run on one node at a time, guarded by
 * ShedLock on the shared database (DESIGN.md §4: several stateless nodes, one PostgreSQL, no home-made clustering).
 * The lock table {@code shedlock} is created by migration {@code V1_2__platform_shedlock.sql}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // the database's clock, so nodes with skewed clocks agree on when a lock expires
                .usingDbTime()
                // which node holds a lock: several nodes may share a host name (containers, two on one machine)
                .withLockedByValue(lockedBy())
                .build());
    }

    /** This node in the {@code locked_by} column: its host name and process id, e.g. {@code alur-1 pid 4711}. */
    static String lockedBy() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String value = host + " pid " + ProcessHandle.current().pid();
        return value.length() <= 255 ? value : value.substring(value.length() - 255);
    }
}
