package org.zenome.classification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads the classification message bundles ({@code org/zenome/classification/criteria} and
 * {@code org/zenome/classification/messages}, English base and {@code _ja}). Lookups never fall back to the JVM's
 * default locale: English asked for is English even on a Japanese workstation.
 */
public final class ClassificationText {
    public static final String CRITERIA_BUNDLE = "org.zenome.classification.criteria";
    public static final String MESSAGES_BUNDLE = "org.zenome.classification.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ClassificationText() {
    }

    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, ClassificationText.class.getClassLoader(), NO_FALLBACK);
    }

    /** Short description of a criterion. */
    public static String criterion(Locale locale, AcmgCriterion criterion) {
        return bundle(CRITERIA_BUNDLE, locale).getString(criterion.code());
    }

    /** A message; arguments are filled with {@link MessageFormat} (pass numbers already formatted as text). */
    public static String message(Locale locale, String key, Object... args) {
        String pattern = bundle(MESSAGES_BUNDLE, locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
