package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for one sub-command has that sub-command exactly as the full command line has it. */
class CommandTreeTest {
    private static String describe(CommandLine cl) {
        CommandLine.Model.CommandSpec s = cl.getCommandSpec();
        return s.qualifiedName() + " " + s.options().stream().map(o -> String.join("|", o.names()) + ":" + o.arity())
                .sorted().collect(Collectors.joining(",")) + " " + s.positionalParameters().size() + " "
                + s.subcommands().values().stream().map(CommandTreeTest::describe).sorted().collect(Collectors.joining(";"));
    }

    @Test
    void eachBuiltInCommandAloneIsTheSameAsInTheFullTree() {
        Map<String, CommandLine> full = ZenomeCli.full().getSubcommands();
        int checked = 0;
        for (Class<?> c : ZenomeCli.COMMANDS) {
            String name = c.getAnnotation(CommandLine.Command.class).name();
            CommandLine alone = ZenomeCli.forArguments(name, "--help");
            if (c == CommandLine.HelpCommand.class) {
                assertThat(alone.getSubcommands()).hasSameSizeAs(full); // help needs every command
                continue;
            }
            assertThat(alone.getSubcommands()).containsOnlyKeys(name);
            assertThat(describe(alone.getSubcommands().get(name))).isEqualTo(describe(full.get(name)));
            assertThat(describe(alone).split(" ")[1]).isEqualTo(describe(ZenomeCli.full()).split(" ")[1]);
            checked++;
        }
        assertThat(checked).isEqualTo(ZenomeCli.COMMANDS.size() - 1);
        // the modules' commands (report, export) and the root's own options go through the full tree
        assertThat(ZenomeCli.forArguments("report").getSubcommands()).hasSameSizeAs(full);
        assertThat(ZenomeCli.forArguments("--version").getSubcommands()).hasSameSizeAs(full);
        assertThat(ZenomeCli.forArguments().getSubcommands()).hasSameSizeAs(full);
    }
}
