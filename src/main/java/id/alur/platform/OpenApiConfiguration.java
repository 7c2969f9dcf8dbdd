package id.alur.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/**} ({@code /v3/api-docs}, UI at {@code /api/docs}): every operation
 * needs a bearer token that an administrator issues to a user.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";

    @Bean
    OpenAPI alurOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Alur API")
                        .version("v1")
                        .description("Integration API of Alur. Authenticate with `Authorization: Bearer <token>`; "
                                + "an administrator issues tokens per user (Admin → Pengguna → Token API). "
                                + "Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token issued by an administrator")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
