package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
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

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    private ApiTokens tokensAt(Instant now) {
        var clock = Clock.fixed(now, ZoneOffset.UTC);
        return new ApiTokens(
                tokenRepository,
                userRepository,
                signedIn,
                audit,
                new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class),
                90);
    }

    private Instant lastUsed() {
        return tokens.ofUser(officer).getFirst().lastUsedAt();
    }

    @Test
    void writesTheLastUseOnlyWhenTheStoredOneIsAMinuteOld() {
        String token = offices.issueApiToken(officer, "menit").token();
        Instant first =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(3600);

        assertThat(tokensAt(first).verify(token)).isPresent();
        assertThat(lastUsed()).isEqualTo(first);
        assertThat(tokensAt(first.plusSeconds(59)).verify(token)).isPresent();
        assertThat(lastUsed()).isEqualTo(first);
        assertThat(tokensAt(first.plusSeconds(61)).verify(token)).isPresent();
        assertThat(lastUsed()).isEqualTo(first.plusSeconds(61));
    }

    @Test
    void aTokenServesTheDefaultNinetyDaysOrWhatWasSetAtIssueAndIsRefusedFromItsExpiry() {
        Instant issuedAt = Instant.parse("2030-03-01T08:00:00Z");
        var byDefault = tokensAt(issuedAt).issue(officer, "bawaan");
        var week = tokensAt(issuedAt).issue(officer, "seminggu", 7);

        assertThat(byDefault.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofDays(90)));
        assertThat(week.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofDays(7)));
        assertThat(tokens.ofUser(officer))
                .extracting(ApiTokenView::name, ApiTokenView::expiresAt)
                .contains(tuple("seminggu", week.expiresAt()), tuple("bawaan", byDefault.expiresAt()));
        assertThat(tokensAt(week.expiresAt().minusSeconds(1)).verify(week.token()))
                .isPresent();
        assertThat(tokensAt(week.expiresAt()).verify(week.token())).isEmpty();
        assertThat(tokensAt(week.expiresAt()).verify(byDefault.token())).isPresent();
    }

    @Test
    void anExpiredTokenIsA401AndTheAdminSeesItExpiredWithItsLastUse() throws Exception {
        var issued = offices.issueApiToken(officer, "habis");
        me(issued.token()).andExpect(status().isOk());

        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?")
                .param(issued.id())
                .update();

        me(issued.token())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("platform.error.apiToken"));
        var admin = data.signedIn(userDetails, data.systemAdmin());
        mvc.perform(get("/admin/users/{u}", officer).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("kedaluwarsa")))
                .andExpect(content().string(Matchers.containsString("Berlaku sampai")));
    }

    @Test
    void aValidityOutsideOneToTwoYearsIsA422NamingTheFieldAndNothingIsIssued() throws Exception {
        var admin = data.signedIn(userDetails, data.systemAdmin());
        for (String days : List.of("0", "731", "-3")) {
            mvc.perform(post("/admin/users/{u}/tokens", officer)
                            .with(user(admin))
                            .with(csrf())
                            .param("name", "terlalu lama")
                            .param("validDays", days))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString("Masa berlaku token 1 sampai 730 hari.")));
        }
        assertThat(tokens.ofUser(officer)).isEmpty();
        mvc.perform(post("/admin/users/{u}/tokens", officer)
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "sebulan")
                        .param("validDays", "30"))
                .andExpect(status().isOk());
        assertThat(tokens.ofUser(officer).getFirst().expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(30)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(30)));
        // what the administrator did, apart from the test data's user.created and membership.added
        assertThat(audit.find(AuditQuery.about("user", officer, 10)))
                .filteredOn(r -> admin.getUsername().equals(r.actor()))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(tuple("api-token.issued", admin.getUsername()));
    }

    @Test
    void anUnknownTokenIsA401Problem() throws Exception {
        me("alur_" + "x".repeat(43))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("platform.error.apiToken"))
                .andExpect(jsonPath("$.detail")
                        .value("Token API tidak ada, tidak dikenal, sudah kedaluwarsa, atau sudah dicabut."));
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
