package id.alur.notification;

/** The form of an office's text of a notification kind: subject, body and the version read (optimistic locking). */
public class NotificationTemplateForm {

    private String subject = "";
    private String body = "";
    private int version;

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? "" : subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
