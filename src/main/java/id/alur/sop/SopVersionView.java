package id.alur.sop;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of an office's SOP.
 *
 * @param version 1 for the first version of the code, one more for each revision
 * @param effectiveOn from when it is in force: the file's tanggal efektif, or the day it was published when the file
 *     gives none; {@code null} for a draft without a date
 * @param sourceText the file as it was submitted, comments and inference marks included
 * @param publishedAt {@code null} for a draft
 */
public record SopVersionView(
        SopVersionId id,
        String officeCode,
        String code,
        int version,
        @Nullable LocalDate effectiveOn,
        SopStatus status,
        Sop sop,
        String sourceText,
        @Nullable Instant publishedAt) {

    /**
     * The SOP as its official document prints it: a published or retired version with the tanggal efektif it was
     * published with (chosen on the publish form, today by default), whatever the text said or left blank, since that
     * is the day the office put it in force (PermenPAN-RB 35/2012: the identity block states the effective date).
     */
    public Sop printed() {
        if (status == SopStatus.DRAFT
                || effectiveOn == null
                || effectiveOn.equals(sop.header().effectiveOn())) {
            return sop;
        }
        SopHeader h = sop.header();
        var header = new SopHeader(
                h.institution(),
                h.unit(),
                h.number(),
                h.name(),
                h.createdOn(),
                h.revisedOn(),
                effectiveOn,
                h.approvedOn(),
                h.approvedBy(),
                h.legalBasis(),
                h.qualifications(),
                h.relatedSops(),
                h.equipment(),
                h.warnings(),
                h.records());
        return new Sop(sop.code(), header, sop.actors(), sop.activities(), sop.unknownKeys());
    }
}
