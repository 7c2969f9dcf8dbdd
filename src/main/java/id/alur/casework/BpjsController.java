package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The BPJS exchange's pages (issue 16 items 1 and 3) for the front desk of a service with an outside party and for that
 * party's own users ({@link BpjsDesk}: the front desk sends, both answer): the cases waiting and the batches ({@code
 * /bpjs}), a batch with its cases, file and answers, an answer's preview, its application and the report of the rows
 * not applied.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class BpjsController {

    private final BpjsDesk desk;
    private final BpjsBatches batches;
    private final BpjsAnswers answers;
    private final MessageSource messages;

    BpjsController(BpjsDesk desk, BpjsBatches batches, BpjsAnswers answers, MessageSource messages) {
        this.desk = desk;
        this.batches = batches;
        this.answers = answers;
        this.messages = messages;
    }

    /** A lane with the cases waiting there outside an open batch. */
    record LaneWaiting(BpjsDesk.Lane lane, List<BpjsRepository.Waiting> waiting) {}

    /**
     * The exchange: for the front desk the cases waiting per lane and a new usulan, for everyone who answers (the
     * outside party's own users too, {@link BpjsDesk#answering}) the batches of their lanes.
     */
    @GetMapping("/bpjs")
    String page(CurrentOfficer officer, Model model) {
        desk.requireAnswering(officer);
        var lanes = desk.lanes(officer).values().stream()
                .map(l -> new LaneWaiting(l, batches.waiting(officer, l)))
                .toList();
        model.addAttribute("lanes", lanes);
        model.addAttribute("batches", batches.batches(officer));
        model.addAttribute("zone", officer.zone());
        return "casework/bpjs";
    }

    @PostMapping("/bpjs/usulan")
    String create(
            CurrentOfficer officer,
            @RequestParam(defaultValue = "") String lane,
            @RequestParam(defaultValue = "XLSX") String format,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var chosen = "CSV".equalsIgnoreCase(format) ? BpjsFormat.CSV : BpjsFormat.XLSX;
            var batch = batches.create(officer, lane, chosen, Instant.now());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success("casework.bpjs.batch.created", batch.number(), batch.cases(), batch.persons()));
            return "redirect:/bpjs/usulan/" + batch.id();
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("problems", sentences(e, locale));
            return page(officer, model);
        }
    }

    @GetMapping("/bpjs/usulan/{batch}")
    String batch(CurrentOfficer officer, @PathVariable long batch, Model model) {
        var found = batches.batch(officer, batch);
        model.addAttribute("batch", found);
        model.addAttribute("rows", batches.rows(found));
        model.addAttribute("answers", answers.answers(found));
        model.addAttribute("zone", officer.zone());
        return "casework/bpjs-batch";
    }

    @GetMapping("/bpjs/usulan/{batch}/berkas")
    ResponseEntity<byte[]> file(CurrentOfficer officer, @PathVariable long batch) {
        return download(batches.file(officer, batch));
    }

    /** A batch file as a download, never cached: it holds the applicants' personal data (the page and the API alike). */
    static ResponseEntity<byte[]> download(BpjsBatches.BatchFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    @PostMapping("/bpjs/usulan/{batch}/jawaban")
    String upload(
            CurrentOfficer officer,
            @PathVariable long batch,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        try {
            if (file == null
                    || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank()) {
                throw new InvalidInputException("file", "casework.bpjs.answer.fileRequired");
            }
            long id = answers.upload(officer, batch, file.getOriginalFilename(), file.getBytes(), Instant.now());
            return "redirect:/bpjs/usulan/" + batch + "/jawaban/" + id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("problems", sentences(e, locale));
            return batch(officer, batch, model);
        }
    }

    @GetMapping("/bpjs/usulan/{batch}/jawaban/{answer}")
    String preview(CurrentOfficer officer, @PathVariable long batch, @PathVariable long answer, Model model) {
        model.addAttribute("preview", answers.preview(officer, batch, answer));
        return "casework/bpjs-answer";
    }

    @PostMapping("/bpjs/usulan/{batch}/jawaban/{answer}/terapkan")
    String apply(
            CurrentOfficer officer,
            @PathVariable long batch,
            @PathVariable long answer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var applied = answers.apply(officer, batch, answer, Instant.now());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success(
                            "casework.bpjs.answer.applied",
                            applied.matched().size(),
                            applied.problems().size()));
            return "redirect:/bpjs/usulan/" + batch;
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("problems", sentences(e, locale));
            return preview(officer, batch, answer, model);
        }
    }

    @GetMapping("/bpjs/usulan/{batch}/jawaban/{answer}/laporan.csv")
    ResponseEntity<byte[]> report(
            CurrentOfficer officer, @PathVariable long batch, @PathVariable long answer, Locale locale) {
        var preview = answers.preview(officer, batch, answer);
        var rows = preview.problems().stream()
                .map(l -> List.of(
                        String.valueOf(l.row()),
                        l.column() == null ? "" : l.column(),
                        l.nik(),
                        messages.getMessage("casework.bpjs.match." + l.match().name(), null, locale),
                        messages.getMessage(l.messageKey(), l.arguments().toArray(), locale)))
                .toList();
        var headers = List.of("BARIS", "KOLOM", "NIK", "HASIL", "KETERANGAN");
        String name = "jawaban-bpjs-usulan-" + preview.batch().number() + "-laporan.csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(BpjsFormat.CSV.contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(BpjsBatchFile.write(BpjsFormat.CSV, headers, rows));
    }

    /** Each problem as a sentence, led by its row and column when it has them. */
    private List<String> sentences(InvalidInputException e, Locale locale) {
        return e.problems().stream().map(p -> sentence(p, locale)).toList();
    }

    private String sentence(InputProblem p, Locale locale) {
        String text = messages.getMessage(p.messageKey(), p.arguments().toArray(), locale);
        if (p.row() == null) {
            return text;
        }
        String where = p.field() == null
                ? messages.getMessage("casework.bpjs.atRow", new Object[] {p.row()}, locale)
                : messages.getMessage("casework.bpjs.atRowColumn", new Object[] {p.row(), p.field()}, locale);
        return where + " " + text;
    }
}
