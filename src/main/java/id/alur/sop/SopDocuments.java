package id.alur.sop;

import id.alur.sop.bpmn.BpmnExport;
import id.alur.sop.document.SopDocumentRenderer;
import java.util.List;
import java.util.Locale;

/**
 * The official SOP document (PermenPAN-RB 35/2012) and the BPMN 2.0 export, drawn from the same {@link Sop} that runs
 * as the workflow, so the paper and the software never disagree. Plain static methods: the command line uses them
 * without Spring.
 */
public final class SopDocuments {

    /** The language of official SOP documents, and the default of the whole application. */
    public static final Locale INDONESIAN = Locale.of("id");

    private SopDocuments() {}

    /** The document as a self-contained HTML page (Indonesian). */
    public static String html(Sop sop) {
        return html(sop, INDONESIAN);
    }

    public static String html(Sop sop, Locale locale) {
        return SopDocumentRenderer.html(sop, total(sop), locale, List.of(), null);
    }

    /** The document as an A4 landscape PDF with its fonts embedded (Indonesian). */
    public static byte[] pdf(Sop sop) {
        return pdf(sop, INDONESIAN);
    }

    public static byte[] pdf(Sop sop, Locale locale) {
        return SopDocumentRenderer.pdf(sop, total(sop), locale);
    }

    /** The flowchart of the table "Uraian Prosedur", one SVG per page of the document, as the PDF prints it. */
    public static List<String> svg(Sop sop) {
        return SopDocumentRenderer.svg(sop, total(sop), INDONESIAN);
    }

    /**
     * The process as BPMN 2.0 XML, executable as exported (see {@link BpmnExport}); the process id is the SOP's code
     * (its name when it has none).
     */
    public static String bpmn(Sop sop) {
        return BpmnExport.xml(
                sop, sop.code() != null ? sop.code() : sop.header().name());
    }

    /** The process as BPMN 2.0 XML with the given process id, e.g. the SOP's code {@code kis-surat-pengantar}. */
    public static String bpmn(Sop sop, String processKey) {
        return BpmnExport.xml(sop, processKey);
    }

    /** The web page of the document, with download links above it; the font is loaded from {@code fontUrl}. */
    static String page(Sop sop, Locale locale, List<SopDocumentRenderer.Link> downloads, String fontUrl) {
        return SopDocumentRenderer.html(sop, total(sop), locale, downloads, fontUrl);
    }

    /** The web page of the document with the readiness list of a draft above it. */
    static String page(
            Sop sop,
            Locale locale,
            List<SopDocumentRenderer.Link> downloads,
            List<SopDocumentRenderer.ReadinessNotice> readiness,
            String fontUrl) {
        return SopDocumentRenderer.html(sop, total(sop), locale, downloads, readiness, fontUrl);
    }

    private static String total(Sop sop) {
        return SopTotals.asWritten(sop);
    }
}
