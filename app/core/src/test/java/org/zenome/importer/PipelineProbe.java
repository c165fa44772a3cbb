package org.zenome.importer;

import java.nio.file.Path;

/** Manual probe (not a test): read and parse a VCF through the import pipeline without storing. */
public final class PipelineProbe {
    private PipelineProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path p = Path.of(args[0]);
        long t0 = System.nanoTime();
        VcfHeader h = VcfProbe.readHeader(p, p.toString());
        ImportPipeline pipe = new ImportPipeline(p, p.toString(), h, 0, VcfInput.isBgzf(p));
        ImportPipeline.Result r = pipe.run(rows -> { }, new ImportPipeline.Control() {
            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void progress(long records, long findings, long bytesRead) {
            }
        });
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        System.out.printf("%d records %d findings: %.1f s wall, %.1f s CPU%n", r.records(), r.findings(),
                (System.nanoTime() - t0) / 1e9, cpu / 1e9);
    }
}
