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

    /**
     * For a file computed from one case's own variants (an Exomiser analysis of the case's VCF): how many distinct
     * variants it lists. A reference source (ClinVar, gnomAD), whose records are mostly in no given case, keeps the
     * default -1. Zenome refuses a file of the case none of whose variants is a variant of the case: it belongs to
     * another case or another genome build.
     */
    default long caseVariants() {
        return -1;
    }
}
