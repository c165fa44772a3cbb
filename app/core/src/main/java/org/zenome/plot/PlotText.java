package org.zenome.plot;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of the pictures in one language ({@code org/zenome/plot/messages}, English base and {@code _ja}).
 * Never falls back to the JVM's default locale: English asked for is English on a Japanese workstation.
 */
public final class PlotText {
    public static final String BUNDLE = "org.zenome.plot.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private PlotText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PlotText.class.getClassLoader(), NO_FALLBACK);
    }

    /** Japanese for a Japanese locale, else English. */
    public static PlotText of(Locale locale) {
        boolean ja = locale != null && "ja".equals(locale.getLanguage());
        return new PlotText(ja ? Locale.JAPANESE : Locale.ROOT);
    }

    public static PlotText english() {
        return of(Locale.ENGLISH);
    }

    public boolean japanese() {
        return "ja".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** A text; {@code {0}}-style arguments filled in (pass numbers already formatted). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A text whose pattern is a {@link String#format} pattern (numbers with decimals). */
    public String format(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }
}
