package id.alur.casework;

/**
 * The name a scan is stored and served under: the uploader's name as a label, stripped of paths and control
 * characters, with the extension of what the content really is.
 */
final class DocumentNames {

    static final int MAX_LENGTH = 120;

    private DocumentNames() {}

    static String clean(String uploaded, DocumentContent.Kind kind) {
        String name = uploaded == null ? "" : uploaded;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && c != ';')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "berkas";
        }
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH);
        }
        return base + "." + extension(kind);
    }

    static String extension(DocumentContent.Kind kind) {
        return switch (kind) {
            case PDF -> "pdf";
            case JPEG -> "jpg";
            case PNG -> "png";
            case CSV -> "csv";
        };
    }
}
