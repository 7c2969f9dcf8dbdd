package id.alur.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Indonesian first (DESIGN.md §4): every page is Indonesian until the user picks English with {@code ?lang=en};
 * the choice is kept in a cookie for a year. Only Indonesian and English exist; any other choice means Indonesian.
 * A call of the API without that cookie is answered in the first language of its {@code Accept-Language} that Alur
 * speaks (other systems say what they want there), else Indonesian.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.of("id");
    static final Set<String> LANGUAGES = Set.of("id", "en");

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("alur-lang");
            setDefaultLocale(INDONESIAN);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(SupportedLocaleResolver::withoutCookie);
        }

        private static Locale withoutCookie(HttpServletRequest request) {
            if (!PageExceptionAdvice.isApi(request) || request.getHeader("Accept-Language") == null) {
                return INDONESIAN;
            }
            return Collections.list(request.getLocales()).stream()
                    .filter(locale -> LANGUAGES.contains(locale.getLanguage()))
                    .findFirst()
                    .orElse(INDONESIAN);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
        }

        private static Locale supported(Locale locale) {
            return locale != null && LANGUAGES.contains(locale.getLanguage())
                    ? Locale.of(locale.getLanguage())
                    : INDONESIAN;
        }
    }
}
