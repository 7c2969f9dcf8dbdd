package id.alur.demo;

import id.alur.platform.DatabaseSettings;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Loads a demo loader when the demo data is wanted: {@code alur.demo.enabled} when it is set, otherwise only on the
 * embedded database. The demo users share one published password, so a server of the office's own
 * ({@code SPRING_DATASOURCE_URL}) gets them only when somebody asks for them in so many words.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(ConditionalOnDemoData.DemoDataWanted.class)
@interface ConditionalOnDemoData {

    final class DemoDataWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Boolean enabled = context.getEnvironment().getProperty("alur.demo.enabled", Boolean.class);
            return enabled != null ? enabled : DatabaseSettings.embeddedIn(context.getEnvironment());
        }
    }
}
