package org.zenome.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zenome.domain.Sex;

/** A PLINK/PED pedigree: family, individual, father, mother, sex (1 male, 2 female), phenotype (2 affected). */
public final class PedFile {

    /** One individual. {@code father}/{@code mother} are null when 0 (unknown or founder). */
    public record Individual(String family, String id, String father, String mother, Sex sex, boolean affected) {
    }

    private final List<Individual> individuals;

    private PedFile(List<Individual> individuals) {
        this.individuals = List.copyOf(individuals);
    }

    public List<Individual> individuals() {
        return individuals;
    }

    public Individual find(String id) {
        for (Individual i : individuals) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        return null;
    }

    public static PedFile read(Path path, String name) throws IOException, InvalidInputException {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(name, 0, "PED file not found", null);
        }
        List<Individual> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<String, Long> lines = new java.util.HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f.length < 6) {
                    throw new InvalidInputException(name, n, "PED line has " + f.length
                            + " columns; 6 are required (family, individual, father, mother, sex, phenotype)", null);
                }
                if (!ids.add(f[1])) {
                    throw new InvalidInputException(name, n, "individual '" + f[1] + "' appears twice", null);
                }
                if (!f[4].matches("[0-2]|-9|other|unknown")) {
                    throw new InvalidInputException(name, n, "sex '" + f[4] + "' must be 1 (male), 2 (female) or 0", null);
                }
                if (!f[5].matches("-9|0|1|2")) {
                    throw new InvalidInputException(name, n, "phenotype '" + f[5]
                            + "' must be 1 (unaffected), 2 (affected), 0 or -9 (unknown)", null);
                }
                out.add(new Individual(f[0], f[1], parent(f[2]), parent(f[3]), Sex.fromPed(f[4]), "2".equals(f[5])));
                lines.put(f[1], n);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(name, 0, "not valid UTF-8 text (a PED file is plain UTF-8 text; convert "
                    + "Shift_JIS text, e.g. with iconv, and decompress a .gz)", null);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(name, 0, "the PED file lists no individuals", null);
        }
        java.util.Map<String, Individual> byId = new java.util.HashMap<>();
        out.forEach(i -> byId.put(i.id(), i));
        for (Individual i : out) {
            long line = lines.get(i.id());
            if (i.father() != null && i.father().equals(i.id()) || i.mother() != null && i.mother().equals(i.id())) {
                throw new InvalidInputException(name, line, "individual '" + i.id() + "' is given as its own parent",
                        null);
            }
            Individual father = i.father() == null ? null : byId.get(i.father());
            Individual mother = i.mother() == null ? null : byId.get(i.mother());
            if (father != null && father.sex() == Sex.FEMALE) {
                throw new InvalidInputException(name, line, "the father of '" + i.id() + "', '" + father.id()
                        + "', is female (sex 2) on line " + lines.get(father.id()), null);
            }
            if (mother != null && mother.sex() == Sex.MALE) {
                throw new InvalidInputException(name, line, "the mother of '" + i.id() + "', '" + mother.id()
                        + "', is male (sex 1) on line " + lines.get(mother.id()), null);
            }
            if (i.father() != null && i.father().equals(i.mother())) {
                throw new InvalidInputException(name, line, "'" + i.id() + "' has '" + i.father()
                        + "' as both father and mother", null);
            }
        }
        for (Individual i : out) {
            // an individual may not be its own ancestor
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
            Set<String> seen = new HashSet<>();
            todo.add(i.id());
            while (!todo.isEmpty()) {
                Individual x = byId.get(todo.poll());
                if (x == null) {
                    continue;
                }
                for (String p : new String[] {x.father(), x.mother()}) {
                    if (p == null) {
                        continue;
                    }
                    if (p.equals(i.id())) {
                        throw new InvalidInputException(name, lines.get(i.id()), "individual '" + i.id()
                                + "' is its own ancestor (the pedigree has a loop)", null);
                    }
                    if (seen.add(p)) {
                        todo.add(p);
                    }
                }
            }
        }
        return new PedFile(out);
    }

    private static String parent(String s) {
        return s.equals("0") || s.equals("-9") || s.equals(".") ? null : s;
    }
}
