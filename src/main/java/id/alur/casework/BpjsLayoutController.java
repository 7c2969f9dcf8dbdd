package id.alur.casework;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NotFoundException;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's BPJS layout (issue 16 item 3), set by its administrator in the browser: which columns the usulan file
 * has, in which order and under which headers, the faskes proposed, and the answer file's column names. The system
 * administrator and the office's own administrators; another office's 404.
 */
@Controller
@RequestMapping("/admin/offices/{office}/bpjs")
class BpjsLayoutController {

    static final String PAGE = "casework/bpjs-layout";

    private final BpjsBatches batches;
    private final MessageSource messages;

    BpjsLayoutController(BpjsBatches batches, MessageSource messages) {
        this.batches = batches;
        this.messages = messages;
    }

    /** The layout as the form binds it: per field whether it is in the file, its place (1, 2 …) and its header. */
    public static final class LayoutForm {
        private Map<String, Boolean> included = new LinkedHashMap<>();
        private Map<String, @Nullable String> order = new LinkedHashMap<>();
        private Map<String, @Nullable String> header = new LinkedHashMap<>();
        private @Nullable String faskes;
        private @Nullable String answerNik;
        private @Nullable String answerKis;
        private @Nullable String answerStatus;
        private @Nullable String answerReason;

        static LayoutForm of(BpjsLayout layout) {
            var form = new LayoutForm();
            int place = 0;
            for (var column : layout.columns()) {
                form.included.put(column.field().name(), true);
                form.order.put(column.field().name(), String.valueOf(++place));
                form.header.put(column.field().name(), column.header());
            }
            for (var field : BpjsField.values()) {
                form.included.putIfAbsent(field.name(), false);
                form.order.putIfAbsent(field.name(), "");
                form.header.putIfAbsent(field.name(), field.defaultHeader());
            }
            form.faskes = layout.faskes();
            form.answerNik = layout.answerNik();
            form.answerKis = layout.answerKis();
            form.answerStatus = layout.answerStatus();
            form.answerReason = layout.answerReason();
            return form;
        }

        /** The columns ticked, by their place (unnumbered ones last, in the fields' order). */
        BpjsLayout layout() {
            var columns = new ArrayList<BpjsLayout.Column>();
            Arrays.stream(BpjsField.values())
                    .filter(f -> Boolean.TRUE.equals(included.get(f.name())))
                    .sorted((a, b) -> Integer.compare(place(a), place(b)))
                    .forEach(f -> columns.add(new BpjsLayout.Column(f, text(header.get(f.name())))));
            return new BpjsLayout(
                    columns, faskes, text(answerNik), text(answerKis), text(answerStatus), text(answerReason));
        }

        private int place(BpjsField field) {
            try {
                return Integer.parseInt(text(order.get(field.name())));
            } catch (NumberFormatException e) {
                return 1000 + field.ordinal();
            }
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value.strip();
        }

        public Map<String, Boolean> getIncluded() {
            return included;
        }

        public void setIncluded(Map<String, Boolean> included) {
            this.included = included;
        }

        public Map<String, @Nullable String> getOrder() {
            return order;
        }

        public void setOrder(Map<String, @Nullable String> order) {
            this.order = order;
        }

        public Map<String, @Nullable String> getHeader() {
            return header;
        }

        public void setHeader(Map<String, @Nullable String> header) {
            this.header = header;
        }

        public @Nullable String getFaskes() {
            return faskes;
        }

        public void setFaskes(@Nullable String faskes) {
            this.faskes = faskes;
        }

        public @Nullable String getAnswerNik() {
            return answerNik;
        }

        public void setAnswerNik(@Nullable String answerNik) {
            this.answerNik = answerNik;
        }

        public @Nullable String getAnswerKis() {
            return answerKis;
        }

        public void setAnswerKis(@Nullable String answerKis) {
            this.answerKis = answerKis;
        }

        public @Nullable String getAnswerStatus() {
            return answerStatus;
        }

        public void setAnswerStatus(@Nullable String answerStatus) {
            this.answerStatus = answerStatus;
        }

        public @Nullable String getAnswerReason() {
            return answerReason;
        }

        public void setAnswerReason(@Nullable String answerReason) {
            this.answerReason = answerReason;
        }
    }

    @ModelAttribute("office")
    String office(@PathVariable String office) {
        AlurUser user = AlurUser.current().orElseThrow();
        boolean own = user.hasRole(Role.OFFICE_ADMIN) && office.equals(user.officeCode());
        if (!user.hasRole(Role.ADMIN) && !own) {
            throw new NotFoundException("Not an administrator of " + office, "casework.bpjs.office.notFound", office);
        }
        return office;
    }

    @ModelAttribute("fields")
    List<BpjsField> fields() {
        return List.of(BpjsField.values());
    }

    @GetMapping
    String page(@PathVariable String office, Model model) {
        model.addAttribute("layoutForm", LayoutForm.of(batches.layout(office)));
        return PAGE;
    }

    @PostMapping
    String save(
            @PathVariable String office,
            @ModelAttribute("layoutForm") LayoutForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            batches.saveLayout(
                    office, form.layout(), AlurUser.current().orElseThrow().username(), Instant.now());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.bpjs.layout.saved"));
            return "redirect:/admin/offices/" + office + "/bpjs";
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> messages.getMessage(
                                    p.messageKey(), p.arguments().toArray(), locale))
                            .toList());
            return PAGE;
        }
    }
}
