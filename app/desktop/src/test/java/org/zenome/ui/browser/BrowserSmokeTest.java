package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.BrowserState;
import org.zenome.browser.LoopbackFileServer;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.GenomeBuild;

@ExtendWith(ApplicationExtension.class)
class BrowserSmokeTest {
    private LoopbackFileServer server;
    private GenomeBrowserView view;

    @Start
    void start(Stage stage) {
        server = new LoopbackFileServer();
        view = new GenomeBrowserView(server, GenomeBrowserView.messages(Locale.ENGLISH));
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(view::dispose).get(10, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void smoke() throws Exception {
        Path dir = BrowserTestData.dir(BrowserTestData.CHR17_DIR);
        ReferenceGenome ref = ReferenceGenome.of(GenomeBuild.GRCh37, dir.resolve("ref_17_1-4200.fa"));
        BrowserSession s = BrowserSession.of(ref, List.of(
                TrackSpec.alignments("HG00100", dir.resolve("HG00100.17_1-4200.bam"))));
        WaitForAsyncUtils.asyncFx(() -> { view.open(s); return null; }).get(10, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        String locus = view.bridge().gotoLocus("17:2000-2100").get(60, TimeUnit.SECONDS);
        System.out.println("goto " + locus + " in " + (System.nanoTime() - t0) / 1e6 + " ms");
        BrowserState st = view.bridge().state().get(10, TimeUnit.SECONDS);
        System.out.println(st);
        assertThat(st.locus()).isEqualTo("17:2000-2100");
    }
}
