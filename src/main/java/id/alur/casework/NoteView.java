package id.alur.casework;

import java.time.Instant;

/** A note written on a permohonan by an officer. */
public record NoteView(
        long id, String body, String author, String authorName, String positionCode, Instant writtenAt) {}
