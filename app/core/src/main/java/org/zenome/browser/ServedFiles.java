package org.zenome.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files one browser view has made readable on the {@link LoopbackFileServer}: every URL it hands out is
 * remembered (each file registered once per view), and {@link #releaseAll()} stops serving them together when the case closes. Thread-safe.
 */
public final class ServedFiles implements IgvConfig.UrlResolver {
    private final LoopbackFileServer server;
    private final Map<Path, URI> urls = new LinkedHashMap<>();
    /** Reads served as BAM, by file (guarded by {@code urls}). */
    private final Map<Path, URI> bamUrls = new LinkedHashMap<>();

    public ServedFiles(LoopbackFileServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public URI urlFor(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        synchronized (urls) {
            URI known = urls.get(path);
            if (known != null) {
                return known;
            }
            URI uri = server.register(path);
            urls.put(path, uri);
            return uri;
        }
    }

    @Override
    public URI bamRegionsFor(TrackSpec reads) throws IOException {
        Path path = reads.file();
        synchronized (urls) {
            URI known = bamUrls.get(path);
            if (known != null) {
                return known;
            }
            URI uri = server.registerBamRegions(path, reads.index(), reads.bamReference());
            bamUrls.put(path, uri);
            return uri;
        }
    }

    /** How many files are served for this view now. */
    public int size() {
        synchronized (urls) {
            return urls.size() + bamUrls.size();
        }
    }

    /** Stops serving every file registered through this object. */
    public void releaseAll() {
        List<URI> copy;
        synchronized (urls) {
            copy = new ArrayList<>(urls.values());
            copy.addAll(bamUrls.values());
            urls.clear();
            bamUrls.clear();
        }
        copy.forEach(server::unregister);
    }
}
