package id.alur.workflow;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs of the workflow are guarded by ShedLock on the shared database (DESIGN.md §4: several stateless nodes,
 * one PostgreSQL, no home-made clustering). The lock table is created by migration V5_0.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowSettings.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class WorkflowConfiguration {

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // the database's clock, so nodes with skewed clocks agree on when a lock expires
                .usingDbTime()
                .build());
    }
}
