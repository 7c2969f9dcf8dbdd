package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.MenuItem;
import id.alur.platform.Role;
import id.alur.sop.document.SopDocumentRenderer.Link;
import id.alur.sop.document.SopDocumentRenderer.ReadinessNotice;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The official document of an SOP version as a web page, its PDF and its BPMN export. The page is the document's own
 * HTML (the lead wires it into the application layout); the PDF and BPMN are downloads named after the SOP's code and
 * version. An unknown version, and another office's, is the platform's 404 page ({@link SopVersionNotFoundException}).
 */
@Controller
class SopDocumentController {

    static final String FONT_PATH = "/sop/dokumen/font";
    private static final Set<String> FONTS = Set.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
    private static final MediaType BPMN = MediaType.parseMediaType("application/bpmn+xml");

    private final SopService sops;
    private final SopAccess access;
    private final MessageSource messages;

    private final ObjectProvider<MenuItem> menu;

    SopDocumentController(SopService sops, SopAccess access, MessageSource messages, ObjectProvider<MenuItem> menu) {
        this.sops = sops;
        this.access = access;
        this.messages = messages;
        this.menu = menu;
    }

    /** The report module's evaluation of a version in force or retired, for those who read the office's reports. */
    private boolean evaluates(SopVersionView version) {
        return version.status() != SopStatus.DRAFT
                && menu.stream().anyMatch(item -> item.name().equals("reports") && item.visible());
    }

    /** Another office's version, a draft too, is answered as if there were none (office isolation). */
    private SopVersionView readable(long id) {
        return access.readable(new SopVersionId(id));
    }

    @GetMapping(path = "/sop/versi/{id:\\d+}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable long id, Locale locale, HttpServletRequest request) {
        SopVersionView version = readable(id);
        var downloads = new ArrayList<Link>(List.of(
                new Link("sop.document.download.pdf", id + ".pdf"),
                new Link("sop.document.download.bpmn", id + ".bpmn")));
        if (administers(version) && hasOtherVersions(version)) {
            downloads.add(new Link(
                    "sop.compare.link", "../../admin/offices/" + version.officeCode() + "/sop/" + id + "/bandingkan"));
        }
        if (evaluates(version)) {
            downloads.add(new Link(
                    "sop.evaluation.link", "../../laporan/" + version.officeCode() + "/evaluasi/" + id, false));
        }
        // Relative links, so the page works under any context path: /sop/versi/7 → /sop/versi/7.pdf, /sop/dokumen/font.
        String html = SopDocuments.page(
                version.printed(), locale, downloads, readiness(version, locale, request), "../dokumen/font");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    @GetMapping("/sop/versi/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        SopVersionView version = readable(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(version, "pdf"))
                .body(SopDocuments.pdf(version.printed(), locale));
    }

    @GetMapping("/sop/versi/{id:\\d+}.bpmn")
    ResponseEntity<byte[]> bpmn(@PathVariable long id) {
        SopVersionView version = readable(id);
        byte[] xml = SopDocuments.bpmn(version.sop(), version.code()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(BPMN)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(version, "bpmn"))
                .body(xml);
    }

    /** The document's font for browsers, so the page sets its text as the PDF does and the rows meet the symbols. */
    @GetMapping(FONT_PATH + "/{file:.+\\.ttf}")
    ResponseEntity<byte[]> font(@PathVariable String file) throws IOException {
        if (!FONTS.contains(file)) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                return ResponseEntity.notFound().build();
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("font/ttf"))
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                    .body(in.readAllBytes());
        }
    }

    /**
     * The readiness list of a draft, for the administrators of its office (the fix links lead to their pages); none for
     * a published or retired version or another reader.
     */
    private @Nullable List<ReadinessNotice> readiness(
            SopVersionView version, Locale locale, HttpServletRequest request) {
        if (version.status() != SopStatus.DRAFT || !administers(version)) {
            return null;
        }
        return sops.readiness(version.id()).stream()
                .map(item -> new ReadinessNotice(
                        item.blocks(),
                        messages.getMessage(item.messageKey(), item.arguments().toArray(), locale),
                        request.getContextPath() + item.fixLink()))
                .toList();
    }

    private static boolean administers(SopVersionView version) {
        return AlurUser.current()
                .filter(user -> user.hasRole(Role.ADMIN)
                        || (user.hasRole(Role.OFFICE_ADMIN)
                                && version.officeCode().equals(user.officeCode())))
                .isPresent();
    }

    /** Whether the version's SOP has another version to compare it with (the compare page's link). */
    private boolean hasOtherVersions(SopVersionView version) {
        return sops.versions(version.officeCode()).stream()
                .anyMatch(other ->
                        other.code().equals(version.code()) && !other.id().equals(version.id()));
    }

    private static String attachment(SopVersionView version, String extension) {
        String name = version.code() + "-v" + version.version() + "." + extension;
        return ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
