package id.alur.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * The links Thymeleaf writes into pages ({@code @{...}}): only a link to a file (a style sheet, a script, a webjar's
 * file) is handed to Spring's resource chain, which writes a webjar's versionless path with its version
 * ({@code /webjars/bootstrap/css/...} becomes {@code /webjars/bootstrap/5.3.8/css/...}, so a new version is never
 * served from a browser's cache of the old one). A link to a page is written as it is.
 *
 * <p>Handed every link, {@code ResourceUrlEncodingFilter} asked the {@code /**} resource handler about each one: a
 * class-path look-up across the jar's libraries that missed for every {@code /permohonan/{id}} of a list, 46 % of
 * the JVM's CPU samples of the list page {@code /permohonan} under 8 clients at 1 M cases (JFR, docs/benchmarks.md
 * "The search pages' CPU"). Session ids in URLs are off anyway (Spring Security's {@code DisableEncodeUrlFilter}), so
 * for a page's link the filter had nothing else to do.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    @Bean
    static BeanPostProcessor pageLinkBuilder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
                    engine.setLinkBuilder(new FileLinksOnly());
                }
                return bean;
            }
        };
    }

    /** Whether a link (its path, after the context path) names a file: its last segment has an extension. */
    static boolean namesFile(String link) {
        int end = link.length();
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '?' || c == '#' || c == ';') {
                end = i;
                break;
            }
        }
        int slash = link.lastIndexOf('/', end - 1);
        int dot = link.lastIndexOf('.', end - 1);
        return dot > slash + 1 && dot < end - 1;
    }

    static final class FileLinksOnly extends StandardLinkBuilder {

        @Override
        protected String processLink(IExpressionContext context, String link) {
            if (!(context instanceof IWebContext) || !namesFile(link)) {
                return link;
            }
            return super.processLink(context, link);
        }
    }
}
