/**
 * What the genome browser needs outside JavaFX: the loopback file server that lets igv.js read a case's
 * indexed files region by region ({@link org.zenome.browser.LoopbackFileServer}), the description of what a
 * case shows ({@link org.zenome.browser.BrowserSession}, {@link org.zenome.browser.ReferenceGenome},
 * {@link org.zenome.browser.TrackSpec}), the igv.js configuration built from it
 * ({@link org.zenome.browser.IgvConfig}) and the window shown around a variant
 * ({@link org.zenome.browser.VariantWindow}).
 *
 * <p>Nothing here imports JavaFX; the WebView and the JavaScript bridge live in {@code org.zenome.ui.browser}.
 */
package org.zenome.browser;
