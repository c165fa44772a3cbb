package org.zenome.importer;

/**
 * Progress of an import.
 *
 * @param records          data lines read
 * @param findings         findings (ALT alleles) written
 * @param bytesRead        bytes of the file (compressed, as on disk) consumed
 * @param bytesTotal       file size
 * @param recordsPerSecond rate since the start
 * @param phase            what the importer is doing (reading, indexing, committing)
 */
public record ImportProgress(long records, long findings, long bytesRead, long bytesTotal, double recordsPerSecond,
                             Phase phase) {

    /** Import phases. */
    public enum Phase { READING, INDEXING, DONE }

    /** 0..1 by bytes of the file. */
    public double fraction() {
        return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesRead / bytesTotal);
    }
}
