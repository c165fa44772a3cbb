package org.zenome.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zenome.importer.VcfHeaderParser;
import org.zenome.importer.VcfRecordParser;
import org.zenome.store.FindingRow;

/**
 * Compares the record parser of two or more source trees in one JVM: each tree's compiled classes get a class loader
 * of their own, and rounds over the same lines alternate between them, so a neighbour's load on a shared machine
 * slows all of them alike. Separate runs of {@link ParseBench} on this machine differ by 10-30 % from one minute to
 * the next; alternating rounds tell 3 % apart. Reports the thread CPU time per line (median and quartiles of the
 * second half of the rounds, after the compilers are done).
 * Usage (bench/parser-ab.sh): ParserAB VCF.gz LINES ROUNDS DEPENDENCY_CLASSPATH TREE...
 */
public final class ParserAB {
    private ParserAB() {
    }

    /** One tree's parser over the lines; loaded by the tree's own class loader. */
    public static final class Rounds {
        private final String vcf;
        private final VcfHeaderParser header;
        private final List<String> lines;
        private long sink;

        public Rounds(String vcf, int n) throws Exception {
            this.vcf = vcf;
            header = new VcfHeaderParser(vcf);
            lines = ParseBench.dataLines(Path.of(vcf), n, header);
        }

        /** Parses every line once (and packs the findings, as the import's workers do). */
        public void round() throws Exception {
            VcfRecordParser p = new VcfRecordParser(vcf, header.header(), 0);
            List<FindingRow> out = new ArrayList<>(4096);
            for (int i = 0; i < lines.size(); i++) {
                p.parse(lines.get(i), i + 1, i, true, out); // the generated VCF is ASCII
                for (FindingRow f : out) {
                    if (f.packed == null && f.altIndex > 0) {
                        f.pack();
                    }
                    sink += f.packed == null ? 0 : f.packed.length();
                }
                out.clear();
            }
        }

        public long sink() {
            return sink;
        }
    }

    public static void main(String[] args) throws Exception {
        String vcf = args[0];
        int n = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String[] deps = args[3].split(File.pathSeparator);
        String[] trees = Arrays.copyOfRange(args, 4, args.length);
        URL self = ParserAB.class.getProtectionDomain().getCodeSource().getLocation();
        Object[] runners = new Object[trees.length];
        Method[] round = new Method[trees.length];
        for (int t = 0; t < trees.length; t++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(trees[t], "app", "core", "target", "classes").toUri().toURL());
            urls.add(self);
            for (String d : deps) {
                urls.add(Path.of(d).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass(Rounds.class.getName());
            runners[t] = c.getConstructor(String.class, int.class).newInstance(vcf, n);
            round[t] = c.getMethod("round");
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[][] ns = new long[trees.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < trees.length; k++) {
                int t = r % 2 == 0 ? k : trees.length - 1 - k; // each tree goes first as often as last
                long c0 = mx.getCurrentThreadCpuTime();
                round[t].invoke(runners[t]);
                ns[t][r] = mx.getCurrentThreadCpuTime() - c0;
            }
        }
        for (int t = 0; t < trees.length; t++) {
            long[] x = Arrays.copyOfRange(ns[t], rounds / 2, rounds);
            Arrays.sort(x);
            System.out.printf(Locale.ROOT, "%s\tmedian %d ns CPU per line\tquartiles %d-%d%n", trees[t],
                    x[x.length / 2] / n, x[x.length / 4] / n, x[3 * x.length / 4] / n);
        }
    }
}
