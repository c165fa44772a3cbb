package org.zenome.plugin;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An annotation-source plugin, found with {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/org.zenome.plugin.AnnotationSourceProvider}). It opens local files of one kind (e.g.
 * a ClinVar VCF, a gnomAD or ToMMo frequency VCF) and looks variants up in them. Implementations need a public
 * no-argument constructor and must not touch the UI; Zenome calls them from a worker thread.
 */
public interface AnnotationSourceProvider {

    /** Stable id used on the command line and in the store, e.g. {@code clinvar}. */
    String id();

    /** Name for people, e.g. {@code ClinVar VCF}. */
    String displayName();

    /** The plugin's own version. */
    String version();

    /** What kind of annotation it gives (e.g. {@link Annotation#CLINVAR}, {@link Annotation#POPULATION}). */
    String kind();

    /**
     * Opens a source file.
     *
     * @param file        the file (a bgzipped VCF with its tabix index, or a small plain VCF)
     * @param displayName the name to show for this source, or null to take it from the file
     * @throws IOException when the file cannot be read or is not of this kind; the message names the file
     */
    AnnotationSource open(Path file, String displayName) throws IOException;

    /**
     * Opens a source file whose look-ups left-align indels against the case's reference sequence (both the case's
     * variant and the file's records, {@link VariantKey#leftAligned}). Plugins that do not override it ignore the
     * reference and match as {@link #open(Path, String)} does.
     *
     * @param reference the reference sequence of the case's build, or null when none is configured
     */
    default AnnotationSource open(Path file, String displayName, ReferenceBases reference) throws IOException {
        return open(file, displayName);
    }
}
