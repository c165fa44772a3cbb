package org.zenome.interpretation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secondary-finding gene lists available: those shipped with Zenome (ACMG SF v3.1) and any {@code *.tsv} the
 * user or the hospital puts in the gene-list folder ({@code secondary-findings/} in the user data directory,
 * or the folder given), so that later ACMG versions and a hospital's own list need no rebuild. A list in the
 * folder with the id of a shipped one replaces it. A malformed file is reported in {@link #problems()} and
 * skipped.
 */
public final class SecondaryFindingLists {
    private static final Logger LOG = LoggerFactory.getLogger(SecondaryFindingLists.class);
    private static final String RESOURCES = "/org/zenome/interpretation/sf/";
    /** The list used when a case's consent names none. */
    public static final String DEFAULT_ID = "acmg-sf-3.1";

    private final Map<String, SecondaryFindingList> lists;
    private final List<String> problems;

    private SecondaryFindingLists(Map<String, SecondaryFindingList> lists, List<String> problems) {
        this.lists = lists;
        this.problems = List.copyOf(problems);
    }

    /** The shipped lists only. */
    public static SecondaryFindingLists builtIn() {
        return load(null);
    }

    /** The shipped lists and those in {@code folder} (which may be null or missing). */
    public static SecondaryFindingLists load(Path folder) {
        Map<String, SecondaryFindingList> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (InputStream index = SecondaryFindingLists.class.getResourceAsStream(RESOURCES + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("the shipped gene-list index is missing from the build");
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = SecondaryFindingLists.class.getResourceAsStream(RESOURCES + name.strip());
                     Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    SecondaryFindingList l = SecondaryFindingList.read(r, name.strip());
                    out.put(l.id(), l);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped gene lists: " + e.getMessage(), e);
        }
        if (folder != null && Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
            } catch (IOException e) {
                problems.add(folder + ": cannot list the gene-list folder: " + e.getMessage());
                files = List.of();
            }
            for (Path p : files) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    SecondaryFindingList l = SecondaryFindingList.read(r, p.toString());
                    if (out.containsKey(l.id())) {
                        LOG.info("Gene list {} from {} replaces the one shipped", l.id(), p);
                    }
                    out.put(l.id(), l);
                } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
                    String m = e instanceof java.nio.charset.CharacterCodingException
                            || e.getCause() instanceof java.nio.charset.CharacterCodingException
                            ? "not valid UTF-8 text (save the list as UTF-8)"
                            : e.getMessage() == null ? e.toString() : e.getMessage();
                    problems.add(m.startsWith(p.toString()) ? m : p + ": " + m);
                    LOG.warn("Skipped gene list {}: {}", p, m);
                }
            }
        }
        return new SecondaryFindingLists(out, problems);
    }

    /** The folder users add lists to: {@code secondary-findings} in the user data directory. */
    public static Path userFolder() {
        return org.zenome.store.StoreLocations.userDataDirectory().resolve("secondary-findings");
    }

    public List<SecondaryFindingList> all() {
        return List.copyOf(lists.values());
    }

    public Optional<SecondaryFindingList> find(String id) {
        return Optional.ofNullable(id == null ? null : lists.get(id));
    }

    /** The list with this id, else the default ACMG list, else the first one. */
    public SecondaryFindingList resolve(String id) {
        return find(id).or(() -> find(DEFAULT_ID)).orElseGet(() -> lists.values().iterator().next());
    }

    /** Files that could not be read, with the reason; they were skipped. */
    public List<String> problems() {
        return problems;
    }
}
