package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.Forms;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.sop.SopVersionView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The front desk's intake: the form, its checklist per service, and the printable receipt. */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class IntakeController {

    static final String FORM_VIEW = "casework/intake";

    private final PermohonanService permohonan;
    private final Services services;
    private final DeskRegistry registry;
    private final BpjsRepository bpjs;

    IntakeController(PermohonanService permohonan, Services services, DeskRegistry registry, BpjsRepository bpjs) {
        this.permohonan = permohonan;
        this.services = services;
        this.registry = registry;
        this.bpjs = bpjs;
    }

    @GetMapping("/permohonan/baru")
    String form(CurrentOfficer officer, Model model) {
        requireFrontDesk(officer);
        var form = new IntakeForm();
        var offered = offered(officer);
        if (offered.size() == 1) {
            form.setSopCode(offered.getFirst().code());
        }
        // the faskes each person proposed for a KIS goes to BPJS with: the office's default until the desk types
        // another
        String faskes = defaultFaskes(officer);
        form.setFaskes(faskes);
        form.getHouseholdMembers().add(new IntakeForm.Member(faskes));
        return show(officer, form, model);
    }

    /** The checklist of the chosen service (htmx: swapped in when the service changes). */
    @GetMapping("/permohonan/baru/kelengkapan")
    String checklist(CurrentOfficer officer, @RequestParam(required = false) String sopCode, Model model) {
        var form = new IntakeForm();
        form.setSopCode(sopCode);
        show(officer, form, model);
        return FORM_VIEW + " :: checklist";
    }

    /** One more empty household row (htmx: appended to the table). */
    @GetMapping("/permohonan/baru/anggota")
    String memberRow(CurrentOfficer officer, @RequestParam int index, Model model) {
        var form = new IntakeForm();
        String faskes = defaultFaskes(officer);
        for (int i = 0; i <= Math.min(index, IntakeCheck.MAX_HOUSEHOLD); i++) {
            form.getHouseholdMembers().add(new IntakeForm.Member(faskes));
        }
        model.addAttribute("form", form);
        model.addAttribute("index", Math.min(index, IntakeCheck.MAX_HOUSEHOLD));
        model.addAttribute("relationships", Relationship.values());
        return FORM_VIEW + " :: member-row";
    }

    /**
     * The NIKs typed so far looked up in the office's newest DTSEN/DTKS edition, with the service's rule (htmx: swapped
     * into the form; issue 16 item 2). Each look-up is on the registry's audit trail; the intake records its own.
     */
    @PostMapping("/permohonan/baru/registri")
    String registryCheck(
            @ModelAttribute("form") IntakeForm form, BindingResult ignored, CurrentOfficer officer, Model model) {
        // only the NIKs matter here: the rest of the form (its scans too) is the submit's to check
        model.addAttribute("findings", lookUp(form, officer));
        model.addAttribute("form", form);
        model.addAttribute("zone", officer.zone());
        return FORM_VIEW + " :: registry-findings";
    }

    @PostMapping("/permohonan")
    String submit(
            @ModelAttribute("form") IntakeForm form,
            BindingResult binding,
            CurrentOfficer officer,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        requireFrontDesk(officer);
        if (binding.hasErrors()) {
            response.setStatus(Forms.UNPROCESSABLE);
            return show(officer, form, model);
        }
        var sop = offered(officer).stream()
                .filter(v -> v.code().equals(form.getSopCode()))
                .findFirst();
        if (sop.isEmpty()) {
            binding.rejectValue(
                    "sopCode",
                    form.getSopCode() == null || form.getSopCode().isBlank()
                            ? "casework.intake.sopRequired"
                            : "casework.intake.sopNotInForce");
            response.setStatus(Forms.UNPROCESSABLE);
            return show(officer, form, model);
        }
        var acting = ActingOfficer.requireIntakeDesk(officer, sop.get().sop());
        try {
            PermohonanView created = permohonan.submit(form.toIntake(officer.officeCode()), acting, Instant.now());
            String receipt = "/permohonan/" + created.id() + "/tanda-terima";
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + receipt);
                return FORM_VIEW + " :: redirecting";
            }
            return "redirect:" + receipt;
        } catch (InvalidInputException e) {
            // The form's one re-render (STYLE.md "Errors"): each error next to its field, or above the form when no
            // field of the form has it (the workflow refusing to start the case); the warnings above, to confirm.
            reject(binding, e.problems());
            model.addAttribute(
                    "warnings",
                    e.problems().stream().filter(InputProblem::warning).toList());
            model.addAttribute("confirm", e instanceof IntakeNeedsConfirmationException);
            if (e instanceof IntakeNeedsConfirmationException confirmation) {
                // the confirmation step shows the registry's answer to the submit (issue 16 item 2; its look-ups are
                // on record although the submit was refused); saving looks up and records again
                model.addAttribute("findings", confirmation.findings());
                model.addAttribute("zone", officer.zone());
            }
        }
        response.setStatus(Forms.UNPROCESSABLE);
        return show(officer, form, model);
    }

    @GetMapping("/permohonan/{id}/tanda-terima")
    String receipt(@PathVariable long id, CurrentOfficer officer, Model model) {
        var view = permohonan.find(new PermohonanId(id), officer.officeCode());
        model.addAttribute("permohonan", view);
        model.addAttribute("zone", officer.zone());
        model.addAttribute(
                "statusUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/publik/status")
                        .toUriString());
        return "casework/receipt";
    }

    /** The faskes of the office's BPJS layout, proposed for every person unless the desk types another. */
    private @Nullable String defaultFaskes(CurrentOfficer officer) {
        return bpjs.layout(officer.officeCode()).map(BpjsLayout::faskes).orElse(null);
    }

    private List<RegistryFinding> lookUp(IntakeForm form, CurrentOfficer officer) {
        var niks = new ArrayList<@Nullable String>();
        niks.add(form.getNik());
        form.getHouseholdMembers().forEach(member -> niks.add(member.getNik()));
        return registry.lookUp(officer.officeCode(), form.getSopCode(), niks, officer.username(), Instant.now());
    }

    private String show(CurrentOfficer officer, IntakeForm form, Model model) {
        var offered = offered(officer);
        Optional<SopVersionView> chosen =
                offered.stream().filter(v -> v.code().equals(form.getSopCode())).findFirst();
        List<String> requirements = chosen.map(v -> Services.checklist(v.sop())).orElse(List.of());
        form.fitChecklist(requirements.size());
        if (form.getHouseholdMembers().isEmpty()) {
            form.getHouseholdMembers().add(new IntakeForm.Member());
        }
        model.addAttribute("form", form);
        model.addAttribute("services", offered);
        model.addAttribute("requirements", requirements);
        model.addAttribute(
                "papersRule",
                chosen.map(v -> permohonan.papersRule(officer.officeCode(), v.code()))
                        .orElse(null));
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("picker", RegionPicker.of(RegionCodes.official(), form.getVillageCode()));
        if (!model.containsAttribute("warnings")) {
            model.addAttribute("warnings", List.of());
        }
        return FORM_VIEW;
    }

    /**
     * The services in force today whose front desk the officer staffs (own position or delegation) in a position marked
     * "Petugas loket".
     */
    private List<SopVersionView> offered(CurrentOfficer officer) {
        return services.inForce(officer.officeCode(), officer.today()).stream()
                .filter(v -> ActingOfficer.atIntakeDesk(officer, v.sop()).isPresent())
                .toList();
    }

    /** Only a position the office marked "Petugas loket" takes applications in (issue 12 item 9): 403 otherwise. */
    private static void requireFrontDesk(CurrentOfficer officer) {
        if (!officer.atFrontDesk()) {
            throw ActingOfficer.notAtIntakeDesk(officer);
        }
    }

    /**
     * Puts each error on its form field (the intake's {@code applicant.x} fields are the form's {@code x}), or on the
     * form as a whole; warnings are not errors and stay off the binding.
     */
    static void reject(BindingResult binding, List<InputProblem> problems) {
        BeanWrapperImpl target = binding.getTarget() == null ? null : new BeanWrapperImpl(binding.getTarget());
        for (InputProblem problem : problems) {
            if (problem.warning()) {
                continue;
            }
            String field = problem.field() != null && problem.field().startsWith("applicant.")
                    ? problem.field().substring("applicant.".length())
                    : problem.field();
            Object[] arguments = problem.arguments().toArray();
            if (field != null && target != null && target.isReadableProperty(field)) {
                binding.rejectValue(field, problem.messageKey(), arguments, problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }
}
