package org.zenome.ui.browser;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what the page logs (logger {@link IgvBridge#PAGE_LOGGER}) during a test. */
final class BrowserPageLogCapture implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger(IgvBridge.PAGE_LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    BrowserPageLogCapture() {
        // the page logs from the FX thread while a test reads: a list that may be read during appends
        appender.list = new java.util.concurrent.CopyOnWriteArrayList<>();
        appender.start();
        logger.addAppender(appender);
    }

    /** "LEVEL message" lines so far. */
    List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
