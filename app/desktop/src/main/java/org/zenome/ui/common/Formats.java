package org.zenome.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date formatting for tables (one instance per language; use on the FX thread). */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final NumberFormat integer;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.integer = NumberFormat.getIntegerInstance(locale);
        this.zone = zone;
    }

    public String count(long n) {
        return integer.format(n);
    }

    /** Population allele frequency: 0.0123, 1.2e-5, or empty when unknown. */
    public static String frequency(Double af) {
        if (af == null || af.isNaN()) {
            return "";
        }
        if (af == 0) {
            return "0";
        }
        if (af < 0.001) {
            return String.format(Locale.ROOT, "%.1e", af);
        }
        return String.format(Locale.ROOT, "%.4f", af);
    }

    /** Variant allele fraction as a percentage ({@code 48%}), empty when unknown. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "";
        }
        return Math.round(fraction * 100) + "%";
    }

    /** A score such as CADD or REVEL with up to 3 decimals, empty when unknown. */
    public static String score(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return String.valueOf(value.longValue());
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.3f", value);
    }

    public static String depth(int value) {
        return value < 0 ? "" : String.valueOf(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}
