package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The page's console output and script errors reach the application log (slf4j). */
class BrowserPageLogTest extends BrowserViewTestSupport {

    @Test
    void consoleOutputAndScriptErrorsAreLogged() throws Exception {
        try (BrowserPageLogCapture log = new BrowserPageLogCapture()) {
            open(BrowserTestData.chr17(true, false));
            await(view.bridge().gotoLocus("17:100-200"));
            probe("console.log('probe log', 42, {a: 1}); console.warn('probe warn'); console.error(new Error('probe error'));"
                    + "setTimeout(function () { throw new Error('probe uncaught'); }, 0);"
                    + "Promise.reject(new Error('probe rejection')); 'ok'");
            String error = errors.poll(TIMEOUT_S, TimeUnit.SECONDS);
            assertThat(error).isNotNull();
            long end = System.currentTimeMillis() + 10_000;
            while (log.lines().stream().noneMatch(l -> l.contains("probe rejection")) && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            assertThat(log.lines()).contains("INFO probe log 42 {\"a\":1}", "WARN probe warn")
                    .anySatisfy(l -> assertThat(l).startsWith("ERROR Error: probe error"))
                    .anySatisfy(l -> assertThat(l).startsWith("ERROR Script error:").contains("probe uncaught"))
                    .anySatisfy(l -> assertThat(l).startsWith("ERROR Script error: Unhandled promise rejection")
                            .contains("probe rejection"));
        }
    }
}
