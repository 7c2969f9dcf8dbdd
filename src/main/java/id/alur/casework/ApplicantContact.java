package id.alur.casework;

import org.jspecify.annotations.Nullable;

/**
 * Where the applicant of a permohonan agreed, at intake, to receive messages about it: the e-mail address (if given)
 * and the phone. Only a consenting applicant has one ({@link PermohonanService#applicantContact}).
 */
public record ApplicantContact(@Nullable String email, String phone) {}
