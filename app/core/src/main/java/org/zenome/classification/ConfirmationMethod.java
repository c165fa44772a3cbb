package org.zenome.classification;

/** Method of a confirmatory test (確認検査). */
public enum ConfirmationMethod {
    SANGER,
    MLPA,
    OTHER
}
