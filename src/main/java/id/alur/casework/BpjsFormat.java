package id.alur.casework;

/** The file format of a BPJS usulan batch. */
enum BpjsFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String extension;
    final String contentType;

    BpjsFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }
}
