package id.alur.office;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers of every module take the signed-in user as a parameter:
 * {@code String inbox(CurrentOfficer officer)}. Without a signed-in user the request never gets there (security).
 */
@Configuration(proxyBeanMethods = false)
class OfficeWebConfiguration implements WebMvcConfigurer {

    private final SignedInOfficers signedIn;

    OfficeWebConfiguration(SignedInOfficers signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType().equals(CurrentOfficer.class);
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer container,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                return signedIn.current()
                        .orElseThrow(() -> new AccessDeniedException("No signed-in user for " + parameter));
            }
        });
    }
}
