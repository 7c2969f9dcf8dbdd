package id.alur.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalSettings.class)
class PortalConfiguration {

    @Bean
    LookupRateLimit statusLookupRateLimit(PortalSettings settings) {
        return new LookupRateLimit(settings.statusLookups(), settings.statusLookupPeriod(), settings.trackedClients());
    }

    @Bean
    LookupRateLimit failedLookupsPerTrackingNumber(PortalSettings settings) {
        return new LookupRateLimit(
                settings.failedLookupsPerTrackingNumber(), settings.failedLookupPeriod(), settings.trackedClients());
    }

    @Bean
    LookupRateLimit verificationRateLimit(PortalSettings settings) {
        return new LookupRateLimit(settings.verifications(), settings.verificationPeriod(), settings.trackedClients());
    }
}
