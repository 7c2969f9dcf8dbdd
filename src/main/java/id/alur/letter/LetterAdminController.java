package id.alur.letter;

import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The letter screens of an office's administration (under {@code /admin/offices/{office}/letters}: the system
 * administrator and that office's administrator): letter settings and numbering patterns, the letterhead and its
 * logo, the register with its XLSX download, and revoking a letter. Another office's administrator, and a letter of
 * another office, get 404 (office isolation).
 */
@Controller
class LetterAdminController {

    static final String BASE = "/admin/offices/{office}/letters";

    private final LetterService letters;
    private final ResourceOfficeGuard guard;

    LetterAdminController(LetterService letters, ResourceOfficeGuard guard) {
        this.letters = letters;
        this.guard = guard;
    }

    @ModelAttribute("kinds")
    List<LetterKind> kinds() {
        return Arrays.asList(LetterKind.values());
    }

    @GetMapping(BASE)
    String overview(@PathVariable String office, Model model) {
        administrable(office);
        model.addAttribute("office", office);
        model.addAttribute("settings", letters.settings(office));
        model.addAttribute("letterhead", letters.letterhead(office).orElse(null));
        return "letter/admin-overview";
    }

    @GetMapping(BASE + "/settings/new")
    String newSetting(@PathVariable String office, Model model) {
        administrable(office);
        model.addAttribute("office", office);
        model.addAttribute("form", SettingForm.empty());
        return "letter/admin-setting";
    }

    @GetMapping(BASE + "/settings/{setting}")
    String editSetting(@PathVariable String office, @PathVariable("setting") long id, Model model) {
        administrable(office);
        var setting = settingOf(office, id);
        model.addAttribute("office", office);
        model.addAttribute("form", SettingForm.of(setting));
        return "letter/admin-setting";
    }

    @PostMapping(BASE + "/settings")
    String saveSetting(
            @PathVariable String office,
            @ModelAttribute("form") SettingForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(office);
        model.addAttribute("office", office);
        if (form.getId() != null) {
            settingOf(office, form.getId());
        }
        return Forms.submit(binding, response, "letter/admin-setting", () -> {
            letters.saveSetting(form.toView(office), user());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.setting.saved"));
            return "redirect:/admin/offices/" + office + "/letters";
        });
    }

    @GetMapping(BASE + "/letterhead")
    String letterhead(@PathVariable String office, Model model) {
        administrable(office);
        model.addAttribute("office", office);
        model.addAttribute(
                "form",
                LetterheadForm.of(letters.letterhead(office)
                        .orElse(new LetterheadView(office, null, null, null, null, null, false, 0))));
        return "letter/admin-letterhead";
    }

    @PostMapping(BASE + "/letterhead")
    String saveLetterhead(
            @PathVariable String office,
            @ModelAttribute("form") LetterheadForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(office);
        model.addAttribute("office", office);
        return Forms.submit(binding, response, "letter/admin-letterhead", () -> {
            letters.saveLetterhead(form.toView(office), user());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.letterhead.saved"));
            return "redirect:/admin/offices/" + office + "/letters/letterhead";
        });
    }

    @PostMapping(BASE + "/letterhead/logo")
    String uploadLogo(
            @PathVariable String office,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        administrable(office);
        model.addAttribute("office", office);
        try {
            letters.uploadLogo(office, logo == null ? new byte[0] : logo.getBytes(), user());
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("logoError", e.messageKey());
            model.addAttribute("logoErrorArguments", e.arguments());
            model.addAttribute(
                    "form",
                    LetterheadForm.of(letters.letterhead(office)
                            .orElse(new LetterheadView(office, null, null, null, null, null, false, 0))));
            return "letter/admin-letterhead";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.logo.saved"));
        return "redirect:/admin/offices/" + office + "/letters/letterhead";
    }

    @GetMapping(BASE + "/letterhead/logo")
    ResponseEntity<byte[]> logo(@PathVariable String office) {
        administrable(office);
        var logo = letters.logo(office).orElseThrow(() -> new LetterNotFoundException("logo of office " + office));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.mediaType()))
                .body(logo.bytes());
    }

    @GetMapping(BASE + "/register")
    String register(
            @PathVariable String office,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String kind,
            Model model) {
        administrable(office);
        model.addAttribute("office", office);
        var period = period(from, to);
        LetterKind letterKind = kind(kind);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("kind", letterKind);
        model.addAttribute("entries", letters.register(office, period, letterKind));
        return "letter/admin-register";
    }

    @GetMapping(BASE + "/register.xlsx")
    ResponseEntity<byte[]> registerWorkbook(
            @PathVariable String office,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        administrable(office);
        var period = period(from, to);
        byte[] xlsx = letters.registerWorkbook(office, period, kind(kind), locale);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("agenda-surat-keluar-" + office + "-" + period.from() + "-" + period.to()
                                        + ".xlsx")
                                .build()
                                .toString())
                .body(xlsx);
    }

    @GetMapping(BASE + "/{letter}")
    String letter(@PathVariable String office, @PathVariable("letter") long id, Model model) {
        administrable(office);
        model.addAttribute("office", office);
        model.addAttribute("letter", letterOf(office, id));
        return "letter/admin-letter";
    }

    @PostMapping(BASE + "/{letter}/revoke")
    String revoke(
            @PathVariable String office,
            @PathVariable("letter") long id,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        administrable(office);
        model.addAttribute("office", office);
        letterOf(office, id);
        try {
            letters.revoke(new LetterId(id), reason, user());
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("letter", letterOf(office, id));
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", e.messageKey());
            model.addAttribute("reasonErrorArguments", e.arguments());
            return "letter/admin-letter";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.revoked"));
        return "redirect:/admin/offices/" + office + "/letters/" + id;
    }

    private void administrable(String office) {
        guard.requireAdministrable(office, "letters of office " + office);
    }

    private LetterView letterOf(String office, long id) {
        var letter = letters.find(new LetterId(id));
        if (!letter.officeCode().equals(office)) {
            throw new LetterNotFoundException("letter " + id + " of office " + office);
        }
        return letter;
    }

    private LetterSettingView settingOf(String office, long id) {
        var setting = letters.setting(id);
        if (!setting.officeCode().equals(office)) {
            throw new LetterNotFoundException("letter setting " + id + " of office " + office);
        }
        return setting;
    }

    private static String user() {
        return AlurUser.current().orElseThrow().username();
    }

    private static RegisterPeriod period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now();
        return new RegisterPeriod(
                from != null ? from : today.withDayOfMonth(1),
                to != null ? to : today.withDayOfMonth(today.lengthOfMonth()));
    }

    private static LetterKind kind(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        try {
            return LetterKind.ofSlug(slug);
        } catch (IllegalArgumentException e) {
            throw new InvalidLetterInputException("kind", "letter.setting.kind-required");
        }
    }

    /** The settings form: steps as text, so "4, 5" can be typed and a wrong entry named. */
    static final class SettingForm {
        private Long id;
        private String sopCode;
        private String kind;
        private String issueStep;
        private String signStep;
        private String parafSteps;
        private String pattern;
        private String classificationCode;
        private String unitCode;
        private String subject;
        private String addressee;
        private String signsForTitle;
        private int version;

        static SettingForm empty() {
            return new SettingForm();
        }

        static SettingForm of(LetterSettingView s) {
            var form = new SettingForm();
            form.id = s.id();
            form.sopCode = s.sopCode();
            form.kind = s.kind().slug();
            form.issueStep = Integer.toString(s.issueStep());
            form.signStep = Integer.toString(s.signStep());
            form.parafSteps = String.join(
                    ", ", s.parafSteps().stream().map(String::valueOf).toList());
            form.pattern = s.pattern();
            form.classificationCode = s.classificationCode();
            form.unitCode = s.unitCode();
            form.subject = s.subject();
            form.addressee = s.addressee();
            form.signsForTitle = s.signsForTitle();
            form.version = s.version();
            return form;
        }

        LetterSettingView toView(String office) {
            LetterKind letterKind = kind == null || kind.isBlank() ? null : kindOf(kind);
            return new LetterSettingView(
                    id,
                    office,
                    sopCode == null ? null : sopCode.strip(),
                    letterKind,
                    step("issueStep", issueStep),
                    signStep == null || signStep.isBlank() ? step("issueStep", issueStep) : step("signStep", signStep),
                    steps(parafSteps),
                    pattern,
                    classificationCode,
                    unitCode,
                    subject,
                    addressee,
                    signsForTitle,
                    version);
        }

        private static LetterKind kindOf(String slug) {
            try {
                return LetterKind.ofSlug(slug);
            } catch (IllegalArgumentException e) {
                throw new InvalidLetterInputException("kind", "letter.setting.kind-required");
            }
        }

        private static int step(String field, String text) {
            try {
                return Integer.parseInt(text == null ? "" : text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidLetterInputException(field, "letter.setting.step-positive");
            }
        }

        private static List<Integer> steps(String text) {
            List<Integer> steps = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return steps;
            }
            for (String part : text.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    steps.add(step("parafSteps", part));
                }
            }
            return steps;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getSopCode() {
            return sopCode;
        }

        public void setSopCode(String sopCode) {
            this.sopCode = sopCode;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getIssueStep() {
            return issueStep;
        }

        public void setIssueStep(String issueStep) {
            this.issueStep = issueStep;
        }

        public String getSignStep() {
            return signStep;
        }

        public void setSignStep(String signStep) {
            this.signStep = signStep;
        }

        public String getParafSteps() {
            return parafSteps;
        }

        public void setParafSteps(String parafSteps) {
            this.parafSteps = parafSteps;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }

        public String getClassificationCode() {
            return classificationCode;
        }

        public void setClassificationCode(String classificationCode) {
            this.classificationCode = classificationCode;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getAddressee() {
            return addressee;
        }

        public void setAddressee(String addressee) {
            this.addressee = addressee;
        }

        public String getSignsForTitle() {
            return signsForTitle;
        }

        public void setSignsForTitle(String signsForTitle) {
            this.signsForTitle = signsForTitle;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** The letterhead form. */
    static final class LetterheadForm {
        private String governmentName;
        private String officeName;
        private String address;
        private String contact;
        private String place;
        private boolean hasLogo;
        private int version;

        static LetterheadForm of(LetterheadView l) {
            var form = new LetterheadForm();
            form.governmentName = l.governmentName();
            form.officeName = l.officeName();
            form.address = l.address();
            form.contact = l.contact();
            form.place = l.place();
            form.hasLogo = l.hasLogo();
            form.version = l.version();
            return form;
        }

        LetterheadView toView(String office) {
            return new LetterheadView(office, governmentName, officeName, address, contact, place, hasLogo, version);
        }

        public String getGovernmentName() {
            return governmentName;
        }

        public void setGovernmentName(String v) {
            this.governmentName = v;
        }

        public String getOfficeName() {
            return officeName;
        }

        public void setOfficeName(String v) {
            this.officeName = v;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String v) {
            this.address = v;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String v) {
            this.contact = v;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String v) {
            this.place = v;
        }

        public boolean isHasLogo() {
            return hasLogo;
        }

        public void setHasLogo(boolean v) {
            this.hasLogo = v;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int v) {
            this.version = v;
        }
    }
}
