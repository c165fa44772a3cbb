package org.zenome.plugin;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** One opened source file. Look-ups come in genomic order per chromosome, which sources may rely on to cache. */
public interface AnnotationSource extends Closeable {

    /** Name, version and checksum of the file, recorded on the case. */
    SourceInfo info();

    /** What the source says about one variant (matched on the normalised key), if anything. */
    Optional<Annotation> lookup(VariantKey variant) throws IOException;
}
