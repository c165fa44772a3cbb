package org.zenome.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-visible texts of one language, from {@code org/zenome/ui/messages*.properties} (UTF-8). Immutable
 * and thread-safe: a language switch makes a new instance and rebuilds the window.
 *
 * <p>Every lookup in code passes a string literal to {@code get}, or an enum constant to {@code label}, so
 * that {@code I18nCompletenessTest} can find the keys in the sources.
 */
public final class I18n {
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    public static final String BUNDLE = "org.zenome.ui.messages";
    /** The languages the application ships. */
    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = supported(Objects.requireNonNull(locale, "locale"));
        // no fallback to the JVM default locale: English asked for on a Japanese system must give English
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Japanese when the OS language is Japanese, English otherwise. */
    public static Locale supported(Locale requested) {
        return Locale.JAPANESE.getLanguage().equals(requested.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key, with {@link MessageFormat} arguments when given. A missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("missing message key {} for {}", key, locale);
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
