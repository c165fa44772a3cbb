package org.zenome.ui.browser;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.web.WebEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the genome browser's WebView from contacting anything but the loopback file server, at WebKit's own
 * decision points, before any request (or name look-up) starts: navigations, redirects, resources, form
 * submissions and new windows to another origin are refused and logged (scheme and host only: a refused URL may
 * carry a variant name).
 *
 * <p>Why here as well as in the page: the page's content security policy covers fetch, XHR, images, fonts,
 * scripts and styles, but not top-level navigation ({@code location.href = ...}, a plain link); the engine's
 * location property changes only after WebKit has started the request, too late to stop the DNS look-up
 * ({@code DesktopNoOutboundNetworkTest} saw it). WebKit asks a {@code com.sun.webkit.PolicyClient} before each of
 * these actions; {@link WebEngine} installs none and has no public setter, so it is set by reflection on the engine's
 * page (JavaFX runs on the class path here, so the package is open). If a future JavaFX changes that, installation
 * fails loudly in the log and the content security policy and the location guard of {@link IgvBridge} remain.
 */
final class WebPageNetworkPolicy implements com.sun.webkit.PolicyClient {
    private static final Logger LOG = LoggerFactory.getLogger(WebPageNetworkPolicy.class);

    private final Supplier<URI> page;

    private WebPageNetworkPolicy(Supplier<URI> page) {
        this.page = page;
    }

    /**
     * Installs the policy on the engine (FX thread, before the first load).
     *
     * @param page the page the engine may show (its origin is the only one it may reach); null while none
     * @return true when installed
     */
    static boolean install(WebEngine engine, Supplier<URI> page) {
        Objects.requireNonNull(page, "page");
        try {
            Method getPage = WebEngine.class.getDeclaredMethod("getPage");
            getPage.setAccessible(true);
            Object webPage = getPage.invoke(engine);
            Field policy = webPage.getClass().getDeclaredField("policyClient");
            policy.setAccessible(true);
            policy.set(webPage, new WebPageNetworkPolicy(page));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.error("Could not install the genome browser's network policy (the page's content security policy "
                    + "and the navigation guard still apply): {}", e.toString());
            return false;
        }
    }

    /** True for the page's own origin and for URLs that need no network (data, blob, about). */
    boolean allowed(URL url, boolean navigation) {
        if (url == null) {
            return true;
        }
        String scheme = url.getProtocol().toLowerCase(Locale.ROOT);
        if (scheme.equals("about") || (!navigation && (scheme.equals("data") || scheme.equals("blob")))) {
            return true;
        }
        URI p = page.get();
        if (p == null) {
            return false;
        }
        int port = url.getPort() == -1 ? url.getDefaultPort() : url.getPort();
        return scheme.equals(p.getScheme()) && url.getHost().equalsIgnoreCase(p.getHost()) && port == p.getPort();
    }

    private boolean decide(String action, URL url, boolean navigation) {
        boolean ok = allowed(url, navigation);
        if (!ok) {
            LOG.warn("Refused a {} of the genome browser to {}://{} (only the loopback file server is reachable)",
                    action, url.getProtocol(), url.getHost());
        }
        return ok;
    }

    @Override
    public boolean permitNavigateAction(long sourceId, URL url) {
        return decide("navigation", url, true);
    }

    @Override
    public boolean permitRedirectAction(long sourceId, URL url) {
        return decide("redirect", url, false);
    }

    @Override
    public boolean permitAcceptResourceAction(long sourceId, URL url) {
        return decide("resource load", url, false);
    }

    @Override
    public boolean permitSubmitDataAction(long sourceId, URL url, String httpMethod) {
        return decide("form submission", url, true);
    }

    @Override
    public boolean permitResubmitDataAction(long sourceId, URL url, String httpMethod) {
        return decide("form submission", url, true);
    }

    @Override
    public boolean permitEnableScriptsAction(long sourceId, URL url) {
        return true;
    }

    @Override
    public boolean permitNewPageAction(long sourceId, URL url) {
        LOG.warn("Refused a new window of the genome browser");
        return false;
    }

    @Override
    public boolean permitClosePageAction(long sourceId) {
        return false;
    }
}
