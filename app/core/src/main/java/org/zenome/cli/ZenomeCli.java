package org.zenome.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.importer.ImportCancelledException;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Exit codes: 0 success, 2 usage error, 3 invalid input (one line on stderr naming the
 * file, the line and the problem), 4 audit chain broken ({@code audit verify}), 5 write to a signed-off case,
 * 1 any other failure.
 */
@Command(name = "zenome", mixinStandardHelpOptions = true, versionProvider = ZenomeCli.Version.class,
        description = "Whole-genome expert-panel workbench.")
public final class ZenomeCli implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ZenomeCli.class);
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    /** {@code audit verify}: the hash chain of the audit log is broken. */
    public static final int AUDIT_BROKEN = 4;
    /** A write to a signed-off (locked) case. */
    public static final int CASE_LOCKED = 5;

    /** The built-in sub-commands, in the order of the usage text (the modules' own follow, {@link CommandProvider}). */
    static final List<Class<?>> COMMANDS = List.of(
            CommandLine.HelpCommand.class,
            ImportCommand.class,
            CasesCommand.class,
            VariantsCommand.class,
            AcmgCommand.class,
            DemoCommand.class,
            ValidateCommand.class,
            ReferenceCommand.class,
            SnapshotCommand.class,
            UserCommand.class,
            AuditCommand.class,
            MeetingCommand.class,
            CaseCommand.class,
            AnnotateCommand.class,
            PluginsCommand.class,
            TmbCommand.class,
            SfListsCommand.class,
            ConfigCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            QcCommand.class,
            PlotCommand.class,
            PhenotypeCommand.class,
            DbCommand.class);

    @Override
    public Integer call() {
        full().usage(System.out);
        return OK;
    }

    /** The command line with every sub-command. */
    static CommandLine full() {
        CommandLine cl = new CommandLine(new ZenomeCli());
        for (Class<?> c : COMMANDS) {
            cl.addSubcommand(c);
        }
        addProvidedCommands(cl);
        return cl;
    }

    /**
     * The command line for {@code args}: when the first argument names a built-in sub-command, the root with only that
     * one (picocli builds the model of every command it is given, a quarter of a second at each start of
     * {@code zenome import}); else every sub-command.
     */
    static CommandLine forArguments(String... args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c == CommandLine.HelpCommand.class) {
                    continue; // help names the other commands
                }
                Command command = c.getAnnotation(Command.class);
                if (command != null && (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0]))) {
                    CommandLine cl = new CommandLine(new ZenomeCli());
                    cl.addSubcommand(c);
                    return cl;
                }
            }
        }
        return full();
    }

    /** Runs the command line with UTF-8 output and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = forArguments(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return INVALID_INPUT;
            }
            if (ex instanceof ImportCancelledException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return FAILURE;
            }
            if (ex instanceof org.zenome.store.CaseLockedException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return CASE_LOCKED;
            }
            if (ex instanceof org.zenome.panel.AuthenticationException
                    || ex instanceof org.zenome.panel.PermissionException
                    || ex instanceof org.zenome.panel.CirculationIneligibleException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return FAILURE;
            }
            if (ex instanceof org.zenome.store.InvalidStoreException
                    || ex instanceof org.zenome.store.WrongPassphraseException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return INVALID_INPUT;
            }
            if (ex instanceof BackupPassphrase.Problem p) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return p.exit;
            }
            if (ex instanceof org.zenome.store.StoreLockedException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return USAGE;
            }
            if (ex instanceof StoreException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return FAILURE;
            }
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("zenome: " + ex.getMessage());
                return USAGE;
            }
            LOG.error("command failed", ex);
            commandLine.getErr().println("zenome: unexpected error: " + ex);
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** Adds the sub-commands of the modules on the class path ({@link CommandProvider}); a broken one is logged. */
    static void addProvidedCommands(CommandLine cl) {
        java.util.Iterator<CommandProvider> it = java.util.ServiceLoader.load(CommandProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                for (Object command : it.next().commands()) {
                    cl.addSubcommand(command);
                }
            } catch (java.util.ServiceConfigurationError | RuntimeException e) {
                LOG.warn("A command-line extension could not be loaded: {}", e.toString());
            }
        }
    }

    /** Version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zenome " + version()};
        }
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ZenomeCli.class.getResourceAsStream("/org/zenome/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
