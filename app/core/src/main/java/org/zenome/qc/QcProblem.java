package org.zenome.qc;

import java.util.Objects;

/**
 * One thing the QC found wrong with a case's samples.
 *
 * @param key      stable identity of the problem within the case (e.g. {@code sex:ADM1059A1},
 *                 {@code relatedness:A,B}), used to record its acknowledgement
 * @param identity true for an identity failure (sex mismatch, unexpected relatedness, Mendelian errors, tumour and
 *                 normal of different persons): the ones that make {@code zenome qc} exit 5
 * @param message  what is wrong, with the numbers, in English (the desktop words it from the key and the numbers)
 */
public record QcProblem(String key, boolean identity, String message) {
    public QcProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
