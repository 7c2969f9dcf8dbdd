package id.alur.casework;

import id.alur.platform.InputProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The number of a Kartu Keluarga: {@code PPKKCC DDMMYY SSSS} — kecamatan of issue, date of issue, serial.
 *
 * <p>Only the shape is binding: the region may predate a split, and KK numbers printed before the electronic KK
 * do not always carry a real date, so both are warnings.
 */
final class FamilyCardNumber {

    static final int LENGTH = 16;

    private FamilyCardNumber() {}

    static Check check(String field, String raw, RegionCodes regions) {
        var errors = new ArrayList<InputProblem>();
        var warnings = new ArrayList<InputProblem>();
        String number = raw == null ? "" : raw.strip();
        if (number.isEmpty()) {
            errors.add(InputProblem.ofField(field, "casework.kk.required"));
        } else if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(InputProblem.ofField(field, "casework.kk.digitsOnly"));
        } else if (number.length() != LENGTH) {
            errors.add(InputProblem.ofField(field, "casework.kk.length", number.length()));
        } else {
            if (regions.districtOfIdentityNumber(number).isEmpty()) {
                warnings.add(InputProblem.warning(
                        field, "casework.kk.regionUnknown", RegionCodes.dotted(number.substring(0, 6))));
            }
            if (!issueDatePossible(number)) {
                warnings.add(InputProblem.warning(field, "casework.kk.issueDateUnreadable", number.substring(6, 12)));
            }
        }
        return new Check(number, errors, warnings);
    }

    private static boolean issueDatePossible(String number) {
        int day = Integer.parseInt(number.substring(6, 8));
        int month = Integer.parseInt(number.substring(8, 10));
        int year = 2000 + Integer.parseInt(number.substring(10, 12));
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            try {
                LocalDate.of(year - 100, month, day);
                return true;
            } catch (DateTimeException e2) {
                return false;
            }
        }
    }

    record Check(String number, List<InputProblem> errors, List<InputProblem> warnings) {
        Check {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }
}
