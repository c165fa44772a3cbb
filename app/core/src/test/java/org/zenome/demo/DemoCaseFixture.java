package org.zenome.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Generates the default demo case once per test run (it takes seconds) and hands its {@link DemoFiles} to every
 * test that asks for one; the directory is deleted when the run ends.
 */
final class DemoCaseFixture implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(DemoCaseFixture.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoFiles.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("demo", k -> new Generated(), Generated.class)
                .files;
    }

    /** One generated case; closed (deleted) by JUnit at the end of the run. */
    static final class Generated implements AutoCloseable {
        final Path directory;
        final DemoFiles files;
        final long millis;

        Generated() {
            try {
                directory = Files.createTempDirectory("zenome-demo-test");
                long t = System.nanoTime();
                files = new DemoCaseGenerator().generate(directory);
                millis = (System.nanoTime() - t) / 1_000_000;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            deleteTree(directory);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
