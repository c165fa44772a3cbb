package org.zenome.annotation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.SourceInfo;
import org.zenome.plugin.VariantKey;

/** A working third-party plugin, found only through a jar in the plugin folder the tests write. */
public final class EchoProvider implements AnnotationSourceProvider {
    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String displayName() {
        return "Echo";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String kind() {
        return "echo";
    }

    @Override
    public AnnotationSource open(Path file, String displayName) {
        return new AnnotationSource() {
            @Override
            public SourceInfo info() {
                return new SourceInfo("Echo", "1", null, file.toString(), 0, "00");
            }

            @Override
            public Optional<Annotation> lookup(VariantKey v) {
                return Optional.of(new Annotation("echo", Map.of("key", v.normalised().toString())));
            }

            @Override
            public void close() {
            }
        };
    }
}
