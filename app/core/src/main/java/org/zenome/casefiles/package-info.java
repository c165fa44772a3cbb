/**
 * The genome browser's files of a case, taken from the case store: the reference of the case's build (or the
 * case's own), the store's copy of the VCF with its tabix index, and each sample's reads. Builds the
 * {@link org.zenome.browser.BrowserSession} the case view and {@code zenome snapshot} show, and finds what the
 * locus box names. No JavaFX.
 */
package org.zenome.casefiles;
