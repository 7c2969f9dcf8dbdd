package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Finding any application of the office: {@code /permohonan} for every officer of the office, the same search as
 * {@code GET /api/permohonan} (docs/casework.md "Search").
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class SearchController {

    private final PermohonanSearch search;
    private final Services services;
    private final MessageSource messages;

    SearchController(PermohonanSearch search, Services services, MessageSource messages) {
        this.search = search;
        this.services = services;
        this.messages = messages;
    }

    @GetMapping("/permohonan")
    ModelAndView search(
            CurrentOfficer officer,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sopCode,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String petugas,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale) {
        var view = new ModelAndView("casework/search");
        var model = view.getModel();
        model.put("q", q);
        model.put("sopCode", sopCode);
        model.put("status", status);
        model.put("step", step);
        model.put("overdue", overdue);
        model.put("from", from);
        model.put("to", to);
        model.put("petugas", petugas);
        model.put("sort", sort == null || sort.isBlank() ? SearchSort.NEWEST.code() : sort);
        model.put("services", services.inForce(officer.officeCode(), officer.today()));
        model.put("states", SearchState.values());
        model.put("sorts", SearchSort.values());
        model.put("zone", officer.zone());
        try {
            var query = PermohonanQuery.parse(q, sopCode, status, step, overdue, from, to, petugas, sort, page);
            model.put("result", search.search(officer, query, Instant.now()));
            model.put("errors", List.of());
        } catch (InvalidInputException e) {
            model.put("result", null);
            model.put("errors", e.messages(messages, locale));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }
}
