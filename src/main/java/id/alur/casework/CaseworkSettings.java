package id.alur.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the casework module ({@code alur.casework.*}).
 *
 * @param maxDocumentSize the largest scan accepted per upload; default 5 MB
 * @param inboxPageSize rows per inbox page; default 25
 * @param villageSearchLimit most villages a type-ahead search returns; default 20
 */
@Validated
@ConfigurationProperties("alur.casework")
record CaseworkSettings(
        DataSize maxDocumentSize,
        @Min(5) @Max(200) Integer inboxPageSize,
        @Min(1) @Max(100) Integer villageSearchLimit) {

    CaseworkSettings {
        if (maxDocumentSize == null) {
            maxDocumentSize = DataSize.ofMegabytes(5);
        }
        if (maxDocumentSize.toBytes() < 1024 || maxDocumentSize.toMegabytes() > 100) {
            throw new IllegalArgumentException(
                    "alur.casework.max-document-size must be between 1KB and 100MB, was " + maxDocumentSize);
        }
        if (inboxPageSize == null) {
            inboxPageSize = 25;
        }
        if (villageSearchLimit == null) {
            villageSearchLimit = 20;
        }
    }
}
