package org.zenome.annotation;

import java.nio.file.Path;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;

/** A broken plugin: its constructor fails. Only listed in jars the tests write. */
public final class ThrowingProvider implements AnnotationSourceProvider {
    public ThrowingProvider() {
        throw new IllegalStateException("configuration file missing");
    }

    @Override
    public String id() {
        return "throwing";
    }

    @Override
    public String displayName() {
        return "throwing";
    }

    @Override
    public String version() {
        return "0";
    }

    @Override
    public String kind() {
        return "x";
    }

    @Override
    public AnnotationSource open(Path file, String displayName) {
        throw new UnsupportedOperationException();
    }
}
