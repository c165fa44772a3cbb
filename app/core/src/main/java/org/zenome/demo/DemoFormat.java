package org.zenome.demo;

import java.util.Locale;

/** Number formatting for VCF fields: locale-independent, like the tools that write such files. */
final class DemoFormat {
    private DemoFormat() {
    }

    /** A frequency with four significant digits, scientific below 1e-4 (gnomAD style), no trailing zeros. */
    static String frequency(double f) {
        if (f == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.4g", f);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + exponent;
    }

    static String fixed(double d, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", d);
    }

    /** Fixed decimals without trailing zeros. */
    static String trimmed(double d, int decimals) {
        String s = fixed(d, decimals);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
