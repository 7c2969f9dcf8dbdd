package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.office.PositionAssignment;
import id.alur.platform.AlurUser;
import id.alur.platform.ApiTokenVerifier;
import id.alur.platform.Role;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionView;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.CaseView;
import id.alur.workflow.LaneKind;
import id.alur.workflow.StepId;
import id.alur.workflow.StepState;
import id.alur.workflow.StepView;
import id.alur.workflow.Timeline;
import id.alur.workflow.WorkflowService;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web slice of casework's pages and API ({@code @WebMvcTest}): Spring MVC, Thymeleaf and the templates, the
 * platform's security chains and its two advice classes as they run in the application, the case page
 * ({@link CasePage}) with its answer to a refused action; casework's services and the workflow's facade
 * are Mockito mocks ({@code @Autowired} them to stub), and the office module is left out: {@link Officers} stands in
 * for its signed-in officer and its API tokens. One context for every slice test of the module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        controllers = {
            CaseController.class,
            StepActionController.class,
            IntakeController.class,
            PermohonanApiController.class,
            PermohonanSearchApiController.class
        },
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.(?!platform\\.|casework\\.).*"))
@Import({CasePage.class, CaseworkWebSlice.Platform.class, CaseworkWebSlice.Officers.class})
@MockitoBean(
        types = {
            BpjsRefusals.class,
            BpjsRepository.class,
            CaseActions.class,
            DeskRegistry.class,
            PermohonanService.class,
            id.alur.platform.AuditTrail.class,
            PermohonanSearch.class,
            Services.class,
            WorkflowService.class
        })
@interface CaseworkWebSlice {

    String OFFICE = "dinsosppkb-rembang";
    ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** The API token of {@link Cases#KASI}. */
    String KASI_TOKEN = "token-of-agus";

    /** The API token of {@link Cases#PETUGAS}. */
    String PETUGAS_TOKEN = "token-of-dewi";

    /**
     * The platform's security configuration and the problem details its advice classes write: package-private there,
     * so found by name.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(
            basePackages = "id.alur.platform",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern =
                                    "id\\.alur\\.platform\\.(SecurityConfiguration|ApiProblems|LoginAttempts|LoginThrottle)"))
    class Platform {}

    /**
     * Stands in for the office module: the signed-in user as a {@link CurrentOfficer} in their position of seed 000
     * and the API tokens of the kasi and the front desk.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class Officers implements WebMvcConfigurer {

        static final Map<String, String> POSITIONS = Map.of(
                Cases.KASI.username(), "kasi-rehabsos",
                Cases.PETUGAS.username(), "petugas-pelayanan",
                Cases.KEPALA.username(), "kepala-dinas");

        static CurrentOfficer officer(AlurUser user) {
            String position = POSITIONS.get(user.username());
            return new CurrentOfficer(
                    user.username(),
                    user.displayName(),
                    OFFICE,
                    user.officeName(),
                    ZONE,
                    LocalDate.now(ZONE),
                    List.of(new PositionAssignment(
                            OFFICE,
                            position,
                            position,
                            1,
                            position.equals("petugas-pelayanan"),
                            false,
                            null,
                            null,
                            null)),
                    List.of(),
                    user.roles());
        }

        @Bean
        ApiTokenVerifier apiTokenVerifier() {
            return presented -> Optional.ofNullable(
                    Map.of(KASI_TOKEN, Cases.KASI, PETUGAS_TOKEN, Cases.PETUGAS).get(presented));
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
                    return AlurUser.current()
                            .map(Officers::officer)
                            .orElseThrow(() -> new AccessDeniedException("Nobody signed in"));
                }
            });
        }
    }

    /** A seed 000 permohonan of {@link #OFFICE} at its step 2 (the kasi's check), as the mocked services return it. */
    final class Cases {

        /** The kasi who checks the papers at seed 000's step 2. */
        static final AlurUser KASI = user("rembang.kasi-rehabsos", "Agus Prasetyo");

        /** The front desk of seed 000. */
        static final AlurUser PETUGAS = user("rembang.petugas-pelayanan", "Dewi Anggraini");

        /** The Kepala Dinas, who sees the NIK masked. */
        static final AlurUser KEPALA = user("rembang.kepala-dinas", "Sri Wahyuni");

        static final Instant SUBMITTED = Instant.parse("2026-03-02T01:00:00Z");
        static final Sop SOP = SopFormat.seed(OFFICE);
        static final String NIK = "3317014508850002";

        private Cases() {}

        static AlurUser user(String username, String name) {
            return new AlurUser(
                    username,
                    null,
                    name,
                    true,
                    OFFICE,
                    "Dinas Sosial PPKB Kabupaten Rembang",
                    ZONE,
                    Set.of(Role.OFFICER));
        }

        static PermohonanView permohonan(long id, long caseId) {
            return new PermohonanView(
                    new PermohonanId(id),
                    "ALR-2026-7K3M9Q",
                    OFFICE,
                    SOP.code(),
                    new ApplicantView(
                            NIK,
                            "Siti Aminah",
                            LocalDate.of(1985, 8, 5),
                            Sex.FEMALE,
                            "Jl. Pemuda 1",
                            "33.17.01.2002",
                            "Logede, Sumber, Kabupaten Rembang, Jawa Tengah",
                            "081234567890",
                            "3317011203150007",
                            "siti.aminah@contoh.id",
                            true),
                    List.of(),
                    List.of(new ChecklistItemView(0, "SKTM", true, null)),
                    caseId,
                    PermohonanStatus.OPEN,
                    SUBMITTED,
                    SOP.header().name(),
                    false,
                    Cases.PETUGAS.username(),
                    List.of(),
                    List.of(),
                    Optional.empty());
        }

        /** Step 2 of seed 000, open or held by {@code holder}. */
        static StepView step(long id, @Nullable AlurUser holder) {
            return new StepView(
                    new StepId(id),
                    2,
                    "Verifikasi berkas",
                    "kasi-rehabsos",
                    "Kasi Rehabsos",
                    LaneKind.POSITION,
                    holder == null ? StepState.OPEN : StepState.CLAIMED,
                    SUBMITTED,
                    "5 Menit",
                    SUBMITTED.plusSeconds(300),
                    holder == null ? null : holder.username(),
                    holder == null ? null : holder.displayName(),
                    holder == null ? null : SUBMITTED.plusSeconds(60),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        static CaseView caseView(long caseId, StepView current) {
            return new CaseView(
                    new CaseId(caseId),
                    OFFICE,
                    7,
                    SOP.code(),
                    SOP.header().name(),
                    "permohonan:1",
                    CaseState.ACTIVE,
                    List.of(current),
                    null,
                    SUBMITTED,
                    PETUGAS.username(),
                    null,
                    null,
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.ZERO,
                    3);
        }

        static CaseActions.Loaded loaded(long id, StepView current) {
            return new CaseActions.Loaded(permohonan(id, 100 + id), caseView(100 + id, current), SOP);
        }

        static Timeline timeline(CaseView view) {
            return new Timeline(view.id(), List.of(), view.currentSteps());
        }

        static SopVersionView version() {
            return new SopVersionView(
                    new SopVersionId(7),
                    OFFICE,
                    SOP.code(),
                    1,
                    LocalDate.of(2026, 1, 1),
                    SopStatus.PUBLISHED,
                    SOP,
                    SopFormat.seedSource(OFFICE),
                    SUBMITTED);
        }
    }
}
