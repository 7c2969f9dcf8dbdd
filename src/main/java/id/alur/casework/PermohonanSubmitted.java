package id.alur.casework;

/** A permohonan was taken in at the front desk and its case started. */
public record PermohonanSubmitted(PermohonanId id, String officeCode, String trackingNumber) {}
