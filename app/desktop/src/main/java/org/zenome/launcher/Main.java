package org.zenome.launcher;

import javafx.application.Application;
import org.zenome.cli.ZenomeCli;
import org.zenome.config.Settings;
import org.zenome.ui.ZenomeApp;

/**
 * Entry point. With {@code gui [--db FILE]} or no arguments it opens the desktop application. With another sub-command (or an option such as {@code --version}) it runs the command line and
 * exits with its code. This class does not extend
 * {@link Application}, so JavaFX starts from the class path without module-path options.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !"gui".equals(args[0]) && !desktopOption(args[0])) {
            System.exit(ZenomeCli.run(args));
        }
        String[] guiArgs = args.length > 0 && "gui".equals(args[0])
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        applyUiScale(Settings.load());
        Application.launch(ZenomeApp.class, guiArgs);
    }

    /** The desktop's own options ({@code ./zenome --db FILE} opens the window on that store, as the README says). */
    static boolean desktopOption(String arg) {
        for (String o : new String[] {"--db", "--lang", "--idle-minutes"}) {
            if (arg.equals(o) || arg.startsWith(o + "=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The UI scale of the configuration (user's preference, else the administrator's), unless the JVM was started
     * with one; it must be set before the JavaFX toolkit starts. macOS follows the display's own scale.
     */
    static void applyUiScale(Settings settings) {
        settings.uiScale().ifPresent(scale -> {
            for (String property : new String[] {"glass.gtk.uiScale", "glass.win.uiScale"}) {
                if (System.getProperty(property) == null) {
                    System.setProperty(property, Double.toString(scale));
                }
            }
        });
    }
}
