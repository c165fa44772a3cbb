package org.zenome.phenotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HPO cache: written on the first load, used on the next, keyed by the source files' checksums and the format,
 * refused and rebuilt when damaged; what it gives is what the files give (same terms, search results, scores).
 */
class HpoCacheTest {
    private static final List<String> MARFAN = List.of("HP:0001166", "HP:0001083", "HP:0002616", "HP:0000098");
    private static final List<String> QUERIES = List.of("seizures", "epilepsy", "ectop lent", "dislocated lens",
            "HP:0001166", "0001250", "abnormality of the", "short stature", "cardio", "intellectual disab", "z");

    @Test
    void theRealHpoFromTheCacheIsTheHpoFromTheFiles(@TempDir Path dir) throws Exception {
        PhenotypeKnowledge files = HpoData.knowledge();
        HpoCache cache = new HpoCache(dir.resolve("cache"));
        long t0 = System.nanoTime();
        files.writeTo(cache);
        long t1 = System.nanoTime();
        PhenotypeKnowledge cached = PhenotypeKnowledge.load(files.files(), cache);
        long t2 = System.nanoTime();
        System.out.printf("HPO cache: written in %d ms (%d kB), read in %d ms%n", (t1 - t0) / 1_000_000,
                Files.size(cache.file(sources(files))) / 1024, (t2 - t1) / 1_000_000);
        assertThat(cached.fromCache()).isTrue();
        assertThat(files.fromCache()).isFalse();
        assertSame(files, cached);
        // the ancestors Zenome walks itself are phenol's
        for (HpoTerm t : files.snapshot().terms()) {
            if (!t.obsolete()) {
                assertThat(files.ancestors(t.id())).as(t.id()).isEqualTo(files.phenolAncestors(t.id()));
            }
        }
    }

    @Test
    void writtenOnFirstLoadUsedNextRebuiltWhenTheFilesChange(@TempDir Path dir) throws Exception {
        List<Path> f = Fixture.copyTo(dir);
        HpoCache cache = new HpoCache(dir.resolve("cache"));
        PhenotypeKnowledge first = PhenotypeKnowledge.load(installed(f), cache);
        assertThat(first.fromCache()).isFalse();
        Path file = cache.file(sources(first));
        assertThat(file).isRegularFile();
        PhenotypeKnowledge second = PhenotypeKnowledge.load(installed(f), cache);
        assertThat(second.fromCache()).isTrue();
        assertSame(first, second);

        // the administrator installs a changed ontology in place: the cache of the old file is not used
        Files.writeString(f.get(0), "[Term]\nid: HP:0009999\nname: Fixture addition\nis_a: HP:0000707 ! x\n\n",
                StandardOpenOption.APPEND);
        PhenotypeKnowledge changed = PhenotypeKnowledge.load(installed(f), cache);
        assertThat(changed.fromCache()).isFalse();
        assertThat(changed.term("HP:0009999")).isPresent();
        assertThat(cache.file(sources(changed))).isNotEqualTo(file).isRegularFile();
        PhenotypeKnowledge again = PhenotypeKnowledge.load(installed(f), cache);
        assertThat(again.fromCache()).isTrue();
        assertThat(again.term("HP:0009999")).isPresent();
    }

    @Test
    void aDamagedCacheIsRefusedAndRebuilt(@TempDir Path dir) throws Exception {
        List<Path> f = Fixture.copyTo(dir);
        HpoCache cache = new HpoCache(dir.resolve("cache"));
        PhenotypeKnowledge files = PhenotypeKnowledge.load(installed(f), cache);
        Path file = cache.file(sources(files));
        byte[] good = Files.readAllBytes(file);

        // one flipped bit in the payload
        byte[] flipped = good.clone();
        flipped[good.length - 40] ^= 0x10;
        checkRebuilt(f, cache, file, flipped, files);
        // cut short
        checkRebuilt(f, cache, file, java.util.Arrays.copyOf(good, good.length / 2), files);
        // not a cache at all
        checkRebuilt(f, cache, file, "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8), files);
        // another format version: stale, rebuilt
        byte[] otherFormat = good.clone();
        otherFormat[19] = (byte) (HpoCache.FORMAT + 1);
        checkRebuilt(f, cache, file, otherFormat, files);
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void anInstallationWritesTheCache(@TempDir Path dir) throws Exception {
        List<Path> f = Fixture.copyTo(dir);
        String before = System.getProperty(HpoCache.PROPERTY);
        System.setProperty(HpoCache.PROPERTY, dir.resolve("cache").toString());
        try (var store = org.zenome.store.sqlite.SqliteCaseStore.open(dir.resolve("z.db"))) {
            var service = new PhenotypeService(store, org.zenome.interpretation.Actor.named("admin"),
                    java.time.Clock.systemUTC());
            PhenotypeKnowledge installed = service.install(f.get(0), f.get(1), List.of(f.get(2)));
            assertThat(HpoCache.standard().file(sources(installed))).isRegularFile();
            PhenotypeKnowledge loaded = service.installed().orElseThrow();
            assertThat(loaded.fromCache()).isTrue();
            assertSame(installed, loaded);
        } finally {
            if (before == null) {
                System.clearProperty(HpoCache.PROPERTY);
            } else {
                System.setProperty(HpoCache.PROPERTY, before);
            }
        }
    }

    private static void checkRebuilt(List<Path> f, HpoCache cache, Path file, byte[] content,
                                     PhenotypeKnowledge expected) throws Exception {
        Files.write(file, content);
        PhenotypeKnowledge k = PhenotypeKnowledge.load(installed(f), cache);
        assertThat(k.fromCache()).as("a damaged cache is not used").isFalse();
        assertSame(expected, k);
        PhenotypeKnowledge next = PhenotypeKnowledge.load(installed(f), cache);
        assertThat(next.fromCache()).as("the cache was rebuilt").isTrue();
        assertSame(expected, next);
    }

    /** Same files, terms, search results, information content, diseases and scores. */
    private static void assertSame(PhenotypeKnowledge a, PhenotypeKnowledge b) {
        assertThat(b.files()).isEqualTo(a.files());
        assertThat(b.termCount()).isEqualTo(a.termCount());
        assertThat(b.diseaseCount()).isEqualTo(a.diseaseCount());
        assertThat(b.geneCount()).isEqualTo(a.geneCount());
        assertThat(b.hasGeneDiseaseLinks()).isEqualTo(a.hasGeneDiseaseLinks());
        for (HpoTerm t : a.snapshot().terms()) {
            assertThat(b.term(t.id())).contains(t);
            assertThat(b.informationContent(t.id())).as(t.id()).isEqualTo(a.informationContent(t.id()));
            assertThat(b.isOnset(t.id())).isEqualTo(a.isOnset(t.id()));
            assertThat(b.isInheritance(t.id())).isEqualTo(a.isInheritance(t.id()));
        }
        assertThat(b.snapshot().primaryIds()).isEqualTo(a.snapshot().primaryIds());
        for (String q : QUERIES) {
            assertThat(b.search(q, 50)).as(q).isEqualTo(a.search(q, 50));
            assertThat(b.searchOnset(q, 50)).as(q).isEqualTo(a.searchOnset(q, 50));
        }
        assertThat(b.searchOnset("", 100)).isEqualTo(a.searchOnset("", 100));
        for (Disease d : a.snapshot().diseases().values()) {
            assertThat(b.disease(d.id())).contains(d);
            assertThat(b.keyFeatures(d, 5)).isEqualTo(a.keyFeatures(d, 5));
        }
        List<List<String>> patients = List.of(MARFAN, List.of(Fixture.SEIZURES, Fixture.INTELLECTUAL_DISABILITY),
                List.of(Fixture.MICROCEPHALY));
        for (List<String> p : patients) {
            for (List<String> excluded : List.of(List.<String>of(), List.of(Fixture.CATARACT, "HP:0001083"))) {
                assertThat(b.rankGenes(p, excluded, null)).isEqualTo(a.rankGenes(p, excluded, null));
                assertThat(b.rankDiseases(p, excluded, 200)).isEqualTo(a.rankDiseases(p, excluded, 200));
            }
        }
        for (String g : a.snapshot().ncbiIds().keySet()) {
            assertThat(b.ncbiGeneId(g)).isEqualTo(a.ncbiGeneId(g));
        }
    }

    private static List<PhenotypeFile> installed(List<Path> f) throws Exception {
        // what the store records: the kind and the path (checksums are taken again on loading)
        List<PhenotypeFile> out = new ArrayList<>();
        out.add(new PhenotypeFile(PhenotypeFile.ONTOLOGY, f.get(0).toString(), "hp.obo", "", "", 0));
        out.add(new PhenotypeFile(PhenotypeFile.DISEASES, f.get(1).toString(), "phenotype.hpoa", "", "", 0));
        out.add(new PhenotypeFile(PhenotypeFile.GENES, f.get(2).toString(), "genes_to_phenotype.txt", "", "", 0));
        return out;
    }

    private static List<HpoCache.Source> sources(PhenotypeKnowledge k) {
        return k.files().stream().map(x -> new HpoCache.Source(x.kind(), Path.of(x.path()), x.sha256(), x.size()))
                .toList();
    }
}
