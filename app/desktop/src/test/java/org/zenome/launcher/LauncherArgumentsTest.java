package org.zenome.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ./zenome --db FILE} opens the desktop on that store; sub-commands and their options go to the command line. */
class LauncherArgumentsTest {
    @Test
    void desktopOptionsOpenTheWindow() {
        assertThat(Main.desktopOption("--db")).isTrue();
        assertThat(Main.desktopOption("--db=/tmp/z.db")).isTrue();
        assertThat(Main.desktopOption("--lang")).isTrue();
        assertThat(Main.desktopOption("--idle-minutes")).isTrue();
    }

    @Test
    void commandLineArgumentsDoNot() {
        assertThat(Main.desktopOption("import")).isFalse();
        assertThat(Main.desktopOption("--version")).isFalse();
        assertThat(Main.desktopOption("--help")).isFalse();
        assertThat(Main.desktopOption("--dbx")).isFalse();
    }
}
