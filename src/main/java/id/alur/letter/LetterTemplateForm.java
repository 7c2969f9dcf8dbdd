package id.alur.letter;

/** The form of a letter kind's body: the text and the version read (optimistic locking). */
final class LetterTemplateForm {
    private String body;
    private int version;

    static LetterTemplateForm of(LetterTemplateView view) {
        var form = new LetterTemplateForm();
        form.body = view.body();
        form.version = view.version();
        return form;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
