package id.alur.sop.document;

/** The width of a text set in the document's font, in points; the layout wraps text with it. */
@FunctionalInterface
interface TextWidths {

    double of(String text, double fontSize, boolean bold);
}
