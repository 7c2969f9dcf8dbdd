package id.alur.casework;

import id.alur.platform.AccessProbes;
import id.alur.workflow.Acting;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What is added to a permohonan after its intake: scans (checked by content like those of the intake, a checklist
 * paper counting as present from then on), reading a scan back, and notes. Runs in the facade's transaction.
 */
@Component
class DocumentsAndNotes {

    private static final int MAX_NOTE = 4000;

    private final PermohonanRepository repository;
    private final PermohonanViews views;
    private final PermohonanLookup lookup;
    private final CaseworkSettings settings;
    private final AccessProbes probes;

    DocumentsAndNotes(
            PermohonanRepository repository,
            PermohonanViews views,
            PermohonanLookup lookup,
            CaseworkSettings settings,
            AccessProbes probes) {
        this.probes = probes;
        this.repository = repository;
        this.views = views;
        this.lookup = lookup;
        this.settings = settings;
    }

    /** See {@link PermohonanService#attach}. */
    DocumentView attach(
            PermohonanId id,
            String officeCode,
            @Nullable Integer checklistPosition,
            Intake.@Nullable Upload upload,
            @Nullable Integer stepNumber,
            String username,
            Instant now) {
        var permohonan = lookup.find(id, officeCode);
        String field = checklistPosition == null ? "scan" : "checklist[" + checklistPosition + "].scan";
        if (checklistPosition != null
                && (checklistPosition < 0
                        || checklistPosition >= permohonan.checklist().size())) {
            throw InvalidIntakeException.of(field, "casework.checklist.unknownItem", checklistPosition);
        }
        byte[] content = upload == null ? null : upload.content();
        var checked =
                DocumentContent.check(field, content, settings.maxDocumentSize().toBytes());
        if (!checked.accepted()) {
            throw new InvalidIntakeException(checked.errors(), List.of());
        }
        DocumentId document = repository.insertDocument(
                id,
                permohonan.officeCode(),
                DocumentNames.clean(upload.fileName(), checked.kind()),
                checked,
                content,
                stepNumber,
                now,
                username);
        if (checklistPosition != null) {
            repository.updateChecklistItem(id, checklistPosition, document);
        }
        return lookup.find(id).document(document).orElseThrow();
    }

    /**
     * A scan of a permohonan of the office, with its bytes. A scan id that is not this permohonan's — another
     * permohonan's, another office's, nobody's — is not found and a probe on the audit trail under the office the scan
     * belongs to (none for an id that is nobody's), so that scan ids cannot be tried one after another unseen.
     */
    DocumentFile document(PermohonanId id, DocumentId documentId, String officeCode) {
        var found = views.document(documentId);
        var stored = found.filter(
                        d -> d.permohonanId().equals(id) && d.officeCode().equals(officeCode))
                .orElse(null);
        if (stored == null) {
            probes.record(
                    "document",
                    documentId.value(),
                    found.map(PermohonanViews.StoredDocument::officeCode).orElse(null),
                    "asked from office " + officeCode + " as a scan of permohonan " + id.value());
            throw new DocumentNotFoundException(documentId);
        }
        return new DocumentFile(stored.view(), stored.content());
    }

    /** Writes a note on a permohonan of the office. */
    PermohonanView addNote(PermohonanId id, String officeCode, @Nullable String body, Acting acting, Instant now) {
        lookup.find(id, officeCode);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidIntakeException.of("body", "casework.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw InvalidIntakeException.of("body", "casework.note.tooLong", MAX_NOTE);
        }
        repository.insertNote(id, text, acting.username(), acting.displayName(), acting.positionCode(), now);
        return lookup.find(id);
    }
}
