package org.zenome.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The production logging set-up made in code ({@link LogConfiguration}): found by logback, and what it sets up. */
class LogConfigurationTest {
    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogConfiguration.class.getName());
    }

    @Test
    void stepsAsideForTheTestsAndForASiteConfiguration() {
        // the tests' class path has a logback-test.xml: logback's own XML configuration reads it
        LoggerContext context = new LoggerContext();
        LogConfiguration c = new LogConfiguration();
        c.setContext(context);
        assertThat(c.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        System.setProperty("zenome.log.production", "true");
        System.setProperty("logback.configurationFile", "site-logback.xml");
        try {
            assertThat(c.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        } finally {
            System.clearProperty("logback.configurationFile");
            System.clearProperty("zenome.log.production");
        }
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void rotatingFileAndWarningsOnlyOnTheConsole(@TempDir Path logs) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J gives the global one
        context.start();
        LogConfiguration.apply(context, logs.toString());
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("htsjdk").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.fontbox.ttf.CmapSubtable").getLevel()).isEqualTo(Level.ERROR);

        var file = (RollingFileAppender<ILoggingEvent>) root.getAppender("FILE");
        assertThat(file.isStarted()).isTrue();
        assertThat(file.getFile()).isEqualTo(logs + "/zenome.log");
        var rolling = (SizeAndTimeBasedRollingPolicy<ILoggingEvent>) file.getRollingPolicy();
        assertThat(rolling.getFileNamePattern()).isEqualTo(logs + "/zenome.%d{yyyy-MM-dd}.%i.log");
        assertThat(rolling.getMaxHistory()).isEqualTo(30);
        assertThat(((PatternLayoutEncoder) file.getEncoder()).getPattern()).isEqualTo(LogConfiguration.FILE_PATTERN);

        var console = (ConsoleAppender<ILoggingEvent>) root.getAppender("CONSOLE");
        assertThat(console.isStarted()).isTrue();
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo("zenome: %-5level %msg%n%nopex");

        context.getLogger("org.zenome.x").info("an info line");
        context.getLogger("org.zenome.x").warn("a warning");
        context.stop();
        String log = Files.readString(logs.resolve("zenome.log"));
        assertThat(log).contains("INFO  [").contains("org.zenome.x - an info line").contains("WARN  [");
    }
}
