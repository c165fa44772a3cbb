import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zenome.plugin.IndexedFastaReference;
import org.zenome.plugin.VariantKey;
import org.zenome.plugin.VcfSites;

/**
 * Look-ups of a case's variants in a tabix-indexed source, with and without left-alignment against the reference
 * (issue 4). Usage: java -cp plugins/api/target/classes:htsjdk.jar bench/LeftAlignBench.java REF.fa SOURCE.vcf.gz
 * CASE.tsv (pos, ref, alt on chr1, in position order). Prints one line per mode: look-ups, matched, ms.
 */
public class LeftAlignBench {
    public static void main(String[] args) throws Exception {
        List<String[]> variants = Files.readAllLines(Path.of(args[2])).stream().map(l -> l.split("\t")).toList();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT and the page cache
            run("trimmed only", Path.of(args[1]), variants, null, round == 1);
            try (IndexedFastaReference ref = IndexedFastaReference.open(Path.of(args[0]))) {
                run("left-aligned", Path.of(args[1]), variants, ref, round == 1);
                if (round == 1) {
                    System.out.println("reference blocks read: " + ref.blockReads());
                }
            }
        }
    }

    private static void run(String mode, Path source, List<String[]> variants, IndexedFastaReference ref,
                            boolean print) throws Exception {
        long t0 = System.nanoTime();
        long matched = 0;
        try (VcfSites sites = VcfSites.open(source, ref)) {
            for (String[] v : variants) {
                if (!sites.find(new VariantKey("chr1", Integer.parseInt(v[0]), v[1], v[2])).isEmpty()) {
                    matched++;
                }
            }
        }
        if (print) {
            System.out.printf("%s\t%d look-ups\t%d matched\t%d ms%n", mode, variants.size(), matched,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
