package org.zenome.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for VCF fields: locale-independent, like the tools that write such files. */
final class DemoFormat {
    private DemoFormat() {
    }

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);
    private static final BigDecimal SCIENTIFIC_BELOW = BigDecimal.valueOf(1, 4);

    /**
     * A frequency with four significant digits, scientific below 1e-4 as gnomAD writes it ({@code 6.57e-06}),
     * without trailing zeros.
     */
    static String frequency(double f) {
        if (f == 0) {
            return "0";
        }
        BigDecimal bd = BigDecimal.valueOf(f).round(FOUR_DIGITS);
        if (bd.abs().compareTo(SCIENTIFIC_BELOW) >= 0) {
            return bd.stripTrailingZeros().toPlainString();
        }
        int exponent = bd.precision() - bd.scale() - 1;
        String mantissa = bd.movePointRight(-exponent).stripTrailingZeros().toPlainString();
        int e = Math.abs(exponent);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }

    /** Fixed decimals, rounded half up (like {@code %.nf}). */
    static String fixed(double d, int decimals) {
        return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
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
