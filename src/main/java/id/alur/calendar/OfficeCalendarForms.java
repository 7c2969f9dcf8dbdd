package id.alur.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of an office's calendar page ({@link OfficeCalendarAdminController}), as they bind. */
final class OfficeCalendarForms {

    private OfficeCalendarForms() {}

    /** An exception as the add and change forms bind it. */
    public static final class ExceptionForm {
        private @Nullable LocalDate date;
        private @Nullable OfficeExceptionKind kind;
        private @Nullable String reason;

        /** The form filled with the exception to change. */
        static ExceptionForm of(OfficeExceptionView exception) {
            var form = new ExceptionForm();
            form.setDate(exception.date());
            form.setKind(exception.kind());
            form.setReason(exception.reason());
            return form;
        }

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getDate() {
            return date;
        }

        public void setDate(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
            this.date = date;
        }

        public @Nullable OfficeExceptionKind getKind() {
            return kind;
        }

        public void setKind(@Nullable OfficeExceptionKind kind) {
            this.kind = kind;
        }

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }

    /** Other working hours as the add and change forms bind them. */
    public static final class HoursForm {
        private @Nullable LocalDate startsOn;
        private @Nullable LocalDate endsOn;
        private @Nullable OfficeHoursKind kind;
        private @Nullable LocalTime opens;
        private @Nullable LocalTime breakStarts;
        private @Nullable LocalTime breakEnds;
        private @Nullable LocalTime closes;
        private @Nullable String reason;

        /** The form filled with the period to change. */
        static HoursForm of(OfficeHoursView period) {
            var form = new HoursForm();
            form.setStartsOn(period.startsOn());
            form.setEndsOn(period.endsOn());
            form.setKind(period.kind());
            form.setOpens(period.opens());
            form.setBreakStarts(period.breakStarts());
            form.setBreakEnds(period.breakEnds());
            form.setCloses(period.closes());
            form.setReason(period.reason());
            return form;
        }

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public @Nullable OfficeHoursKind getKind() {
            return kind;
        }

        public void setKind(@Nullable OfficeHoursKind kind) {
            this.kind = kind;
        }

        public @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime getOpens() {
            return opens;
        }

        public void setOpens(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime opens) {
            this.opens = opens;
        }

        public @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime getBreakStarts() {
            return breakStarts;
        }

        public void setBreakStarts(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime breakStarts) {
            this.breakStarts = breakStarts;
        }

        public @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime getBreakEnds() {
            return breakEnds;
        }

        public void setBreakEnds(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime breakEnds) {
            this.breakEnds = breakEnds;
        }

        public @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime getCloses() {
            return closes;
        }

        public void setCloses(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime closes) {
            this.closes = closes;
        }

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }

    /** The zone form. */
    public static final class ZoneForm {
        private @Nullable String zone;

        public @Nullable String getZone() {
            return zone;
        }

        public void setZone(@Nullable String zone) {
            this.zone = zone;
        }
    }
}
