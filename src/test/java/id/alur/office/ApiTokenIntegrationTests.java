package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bearer tokens on /api/**: valid, unknown, revoked, of a disabled user, missing. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts users;

    OfficeTestData data;
    String office;
    String officer;

    @BeforeEach
    void createOfficer() {
        data = new OfficeTestData(offices);
        office = data.office();
        officer = data.user(office, OfficeTestData.KEPALA);
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/me").header("Authorization", "Bearer " + token));
    }

    @Test
    void aValidTokenActsAsItsUserWithoutASession() throws Exception {
        String token = offices.issueApiToken(officer, "integrasi").token();

        me(token)
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.username").value(officer))
                .andExpect(jsonPath("$.officeCode").value(office))
                .andExpect(jsonPath("$.roles[0]").value("OFFICER"))
                .andExpect(jsonPath("$.positions[0].positionCode").value(OfficeTestData.KEPALA));
        assertThat(tokens.ofUser(officer).getFirst().lastUsedAt()).isNotNull();
    }

    @Autowired
    ApiTokenRepository tokenRepository;

    @Autowired
    UserRepository userRepository;

    @Autowired
    SignedInOfficers signedIn;

    private ApiTokens tokensAt(Instant now) {
        var clock = Clock.fixed(now, ZoneOffset.UTC);
        return new ApiTokens(
                tokenRepository,
                userRepository,
                signedIn,
                new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));
    }

    private Instant lastUsed() {
        return tokens.ofUser(officer).getFirst().lastUsedAt();
    }

    @Test
    void writesTheLastUseOnlyWhenTheStoredOneIsAMinuteOld() {
        String token = offices.issueApiToken(officer, "menit").token();
        Instant first = Instant.parse("2030-01-07T01:00:00Z");

        assertThat(tokensAt(first).verify(token)).isPresent();
        assertThat(lastUsed()).isEqualTo(first);
        assertThat(tokensAt(first.plusSeconds(59)).verify(token)).isPresent();
        assertThat(lastUsed()).isEqualTo(first);
        assertThat(tokensAt(first.plusSeconds(61)).verify(token)).isPresent();
        assertThat(lastUsed()).isEqualTo(first.plusSeconds(61));
    }

    @Test
    void anUnknownTokenIsA401Problem() throws Exception {
        me("alur_" + "x".repeat(43))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("platform.error.apiToken"))
                .andExpect(jsonPath("$.detail").value("Token API tidak ada, tidak dikenal, atau sudah dicabut."));
        me("not-even-our-format").andExpect(status().isUnauthorized());
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        var issued = offices.issueApiToken(officer, "lama");
        me(issued.token()).andExpect(status().isOk());

        tokens.revoke(officer, issued.id());

        me(issued.token()).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenOfADisabledUserIsRefused() throws Exception {
        String token = offices.issueApiToken(officer, "integrasi").token();
        users.setEnabled(officer, false);

        me(token).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutATokenTheApiAnswers401AndUnknownRoutes404AsProblems() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("platform.error.apiToken"));
        String token = offices.issueApiToken(officer, "integrasi").token();
        mvc.perform(get("/api/no-such-thing").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("platform.error.notFound"));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.paths['/api/me']").exists())
                .andExpect(jsonPath("$.paths['/api/offices/{code}']").exists());
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
    }
}
