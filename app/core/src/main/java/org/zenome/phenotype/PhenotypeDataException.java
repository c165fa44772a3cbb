package org.zenome.phenotype;

/** An ontology or annotation file that cannot be read; the message names the file and, where known, the line. */
public class PhenotypeDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public PhenotypeDataException(String message) {
        super(message);
    }

    public PhenotypeDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
