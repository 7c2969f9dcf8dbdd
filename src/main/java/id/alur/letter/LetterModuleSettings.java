package id.alur.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the letter module ({@code alur.letter.*}).
 *
 * @param logoMaxSize the largest letterhead logo accepted (default 512KB): a kop logo is printed 2 cm wide
 */
@Validated
@ConfigurationProperties("alur.letter")
record LetterModuleSettings(DataSize logoMaxSize) {

    LetterModuleSettings {
        if (logoMaxSize == null) {
            logoMaxSize = DataSize.ofKilobytes(512);
        }
        if (logoMaxSize.toBytes() < 1024 || logoMaxSize.toBytes() > 5L * 1024 * 1024) {
            throw new IllegalArgumentException("alur.letter.logo-max-size must be 1KB..5MB, was " + logoMaxSize);
        }
    }
}
