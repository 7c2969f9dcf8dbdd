package id.alur.registry;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's registry (DTSEN/DTKS) page: the edition serving look-ups, the column mapping of each source, the upload,
 * and each import's check (preview, problems, the mode choice, the report) and progress. The system administrator and
 * the office's administrator only; another office's administrator gets 404, as on the office's other pages.
 */
@Controller
@RequestMapping("/admin/offices/{office}/registri")
class RegistryImportController {

    static final String PAGE = "registry/import";
    static final String JOB_PAGE = "registry/import-job";
    static final String DEFAULT_SOURCE = "DTSEN";

    private final RegistryImports imports;
    private final RegistryService registry;
    private final RegistryRetention retention;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ServiceRules serviceRules;
    private final RegistryAccess access;

    RegistryImportController(
            RegistryImports imports,
            RegistryService registry,
            RegistryRetention retention,
            MessageSource messages,
            AuditTrail audit,
            ServiceRules serviceRules,
            RegistryAccess access) {
        this.access = access;
        this.audit = audit;
        this.serviceRules = serviceRules;
        this.imports = imports;
        this.retention = retention;
        this.registry = registry;
        this.messages = messages;
    }

    /** A source's column mapping as the form binds it. */
    public static final class SourceForm {
        private String source = DEFAULT_SOURCE;
        private String nik = "";
        private @Nullable String familyNumber;
        private String name = "";
        private String desil = "";
        private @Nullable String regionCode;
        private @Nullable String status;

        static SourceForm of(String source, RegistryColumns columns) {
            var form = new SourceForm();
            form.source = source;
            form.nik = columns.nik();
            form.familyNumber = columns.familyNumber();
            form.name = columns.name();
            form.desil = columns.desil();
            form.regionCode = columns.regionCode();
            form.status = columns.status();
            return form;
        }

        RegistryColumns columns() {
            return new RegistryColumns(
                    nik.strip(),
                    optional(familyNumber),
                    name.strip(),
                    desil.strip(),
                    optional(regionCode),
                    optional(status));
        }

        private static @Nullable String optional(@Nullable String column) {
            return column == null || column.isBlank() ? null : column.strip();
        }

        public String getSource() {
            return source;
        }

        public void setSource(@Nullable String source) {
            this.source = source == null ? "" : source;
        }

        public String getNik() {
            return nik;
        }

        public void setNik(@Nullable String nik) {
            this.nik = nik == null ? "" : nik;
        }

        public @Nullable String getFamilyNumber() {
            return familyNumber;
        }

        public void setFamilyNumber(@Nullable String familyNumber) {
            this.familyNumber = familyNumber;
        }

        public String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name == null ? "" : name;
        }

        public String getDesil() {
            return desil;
        }

        public void setDesil(@Nullable String desil) {
            this.desil = desil == null ? "" : desil;
        }

        public @Nullable String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(@Nullable String regionCode) {
            this.regionCode = regionCode;
        }

        public @Nullable String getStatus() {
            return status;
        }

        public void setStatus(@Nullable String status) {
            this.status = status;
        }
    }

    /** The upload form. */
    public static final class UploadForm {
        private String source = DEFAULT_SOURCE;
        private @Nullable MultipartFile file;

        public String getSource() {
            return source;
        }

        public void setSource(@Nullable String source) {
            this.source = source == null ? "" : source;
        }

        public @Nullable MultipartFile getFile() {
            return file;
        }

        public void setFile(@Nullable MultipartFile file) {
            this.file = file;
        }
    }

    /** The office's retention of replaced editions. */
    public static final class RetentionForm {
        private @Nullable Integer retentionDays;

        public @Nullable Integer getRetentionDays() {
            return retentionDays;
        }

        public void setRetentionDays(@Nullable Integer retentionDays) {
            this.retentionDays = retentionDays;
        }
    }

    /** The mode chosen before the commit. */
    public static final class CommitForm {
        private ImportMode mode = ImportMode.ALL_OR_NOTHING;

        public ImportMode getMode() {
            return mode;
        }

        public void setMode(@Nullable ImportMode mode) {
            this.mode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        }
    }

    /** Checked before any handler runs or any form is bound. */
    @ModelAttribute("office")
    String office(@PathVariable String office) {
        return access.administrable(office);
    }

    @GetMapping
    String page(
            @PathVariable String office,
            @RequestParam(name = "sumber", required = false) @Nullable String source,
            Model model) {
        String chosen = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
        model.addAttribute("sourceForm", SourceForm.of(chosen, imports.columnsOf(office, chosen)));
        var upload = new UploadForm();
        upload.setSource(chosen);
        model.addAttribute("uploadForm", upload);
        show(model, office);
        return PAGE;
    }

    @PostMapping("/sumber")
    String saveSource(
            @PathVariable String office,
            @ModelAttribute("sourceForm") SourceForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var upload = new UploadForm();
        upload.setSource(form.getSource());
        model.addAttribute("uploadForm", upload);
        show(model, office);
        return Forms.submit(binding, response, PAGE, () -> {
            imports.saveSource(office, form.getSource(), form.columns());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("registry.source.saved", form.getSource()));
            redirect.addAttribute("sumber", form.getSource().strip());
            return "redirect:/admin/offices/" + office + "/registri";
        });
    }

    @PostMapping("/retensi")
    String retention(
            @PathVariable String office,
            @ModelAttribute("retentionForm") RetentionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("sourceForm", SourceForm.of(DEFAULT_SOURCE, imports.columnsOf(office, DEFAULT_SOURCE)));
        model.addAttribute("uploadForm", new UploadForm());
        show(model, office);
        return Forms.submit(binding, response, PAGE, () -> {
            retention.setDays(office, form.getRetentionDays());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE, Flash.success("registry.retention.saved", form.getRetentionDays()));
            return "redirect:/admin/offices/" + office + "/registri";
        });
    }

    @PostMapping("/impor")
    String upload(
            @PathVariable String office,
            @ModelAttribute("uploadForm") UploadForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("sourceForm", SourceForm.of(form.getSource(), imports.columnsOf(office, form.getSource())));
        show(model, office);
        return Forms.submit(binding, response, PAGE, () -> {
            MultipartFile file = form.getFile();
            if (file == null
                    || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank()) {
                throw new InvalidInputException(List.of(InputProblem.ofField("file", "registry.import.file.required")));
            }
            try (var in = file.getInputStream()) {
                var job = imports.upload(
                        office,
                        form.getSource(),
                        file.getOriginalFilename(),
                        in,
                        AlurUser.current().orElseThrow().username());
                return "redirect:/admin/offices/" + office + "/registri/impor/" + job.id();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/impor/{job}")
    String job(@PathVariable String office, @PathVariable UUID job, Model model) {
        showJob(model, imports.find(office, job));
        model.addAttribute("commitForm", new CommitForm());
        return JOB_PAGE;
    }

    /** The job's state and progress, polled by the page while it runs; a finished job reloads the page. */
    @GetMapping("/impor/{job}/status")
    String status(@PathVariable String office, @PathVariable UUID job, Model model, HttpServletResponse response) {
        var found = imports.find(office, job);
        if (!found.state().running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", found);
        return JOB_PAGE + " :: status";
    }

    @PostMapping("/impor/{job}/terapkan")
    String commit(
            @PathVariable String office,
            @PathVariable UUID job,
            @ModelAttribute("commitForm") CommitForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        showJob(model, imports.find(office, job));
        return Forms.submit(binding, response, JOB_PAGE, () -> {
            imports.commit(office, job, form.getMode());
            return "redirect:/admin/offices/" + office + "/registri/impor/" + job;
        });
    }

    /** The report: every problem the check or the import found, by row and column, in the reader's language. */
    @GetMapping("/impor/{job}/laporan.csv")
    void report(@PathVariable String office, @PathVariable UUID job, HttpServletResponse response) throws IOException {
        var found = imports.find(office, job);
        var locale = LocaleContextHolder.getLocale();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"laporan-impor-" + job + ".csv\"");
        // The report quotes rows of the extract (NIKs among them): recorded like every export (UU 27/2022).
        audit.record(AuditEvent.exported("registry-report", "laporan-impor-" + job + ".csv")
                .inOffice(office)
                .detail("import " + job));
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // a BOM: Excel then opens the report as UTF-8
        writer.write('\uFEFF');
        try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    messages.getMessage("registry.report.row", null, locale),
                    messages.getMessage("registry.report.column", null, locale),
                    messages.getMessage("registry.report.problem", null, locale));
            for (InputProblem problem : imports.problems(found)) {
                csv.printRecord(
                        problem.row() == null ? "" : problem.row(),
                        problem.field() == null ? "" : problem.field(),
                        messages.getMessage(
                                problem.messageKey(), problem.arguments().toArray(), locale));
            }
        }
    }

    private void show(Model model, String office) {
        model.addAttribute("edition", registry.newestEdition(office).orElse(null));
        model.addAttribute("sources", imports.sources(office));
        model.addAttribute("jobs", imports.recent(office));
        model.addAttribute("serviceRules", serviceRules.rows(office));
        model.addAttribute("checkStandsForPaper", registry.checkStandsForPaper(office));
        if (!model.containsAttribute("retentionForm")) {
            var form = new RetentionForm();
            form.setRetentionDays(retention.daysOf(office));
            model.addAttribute("retentionForm", form);
        }
    }

    private void showJob(Model model, ImportJob job) {
        model.addAttribute("job", job);
        model.addAttribute("problems", imports.problems(job).stream().limit(100).toList());
        model.addAttribute("preview", imports.preview(job));
    }
}
