package id.alur.workflow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The workflow's settings; its scheduled overdue scan is locked by platform's ShedLock configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowSettings.class)
class WorkflowConfiguration {}
