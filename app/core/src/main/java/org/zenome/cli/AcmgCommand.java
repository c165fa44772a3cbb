package org.zenome.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zenome.classification.AcmgClassifier;
import org.zenome.classification.AcmgEvaluation;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.ClassificationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code zenome acmg CRITERION[_STRENGTH] ...}: the class of a set of ACMG/AMP criteria under the Richards 2015
 * combining rules and under the Tavtigian points. {@code --batch} reads one set per line from standard input and
 * prints {@code rules class<TAB>points<TAB>points class} per set.
 */
@Command(name = "acmg", mixinStandardHelpOptions = true,
        description = {
            "Classifies a set of ACMG/AMP 2015 criteria under the combining rules of Richards et al. 2015 (Table 5)"
                    + " and the Bayesian points of Tavtigian et al. 2020, and warns when the two disagree.",
            "A criterion with a changed strength counts at its new strength in both schemes: PVS1_Strong,"
                    + " PM2_Supporting, PP3_Moderate, BP4_VeryStrong, BA1_StandAlone (suffixes are case-insensitive;"
                    + " _VStrong and _Stand_Alone are accepted too).",
            "With --batch, each line of standard input is one set (criteria separated by spaces or commas; an"
                    + " empty line is the empty set; lines starting with # are skipped), and each set prints as"
                    + " 'rules class<TAB>points<TAB>points class'. Nothing is printed if any line is invalid.",
            "Exit codes: 0 success, 2 usage error (an unknown or repeated criterion, named on standard error)."},
        footer = {"", "Example: zenome acmg PVS1 PM2_Supporting PP3_Moderate"})
public final class AcmgCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CRITERION[_STRENGTH]",
            description = "Criteria: PVS1, PS1-PS4, PM1-PM6, PP1-PP5, BA1, BS1-BS4, BP1-BP7, optionally with a"
                    + " strength suffix.")
    private List<String> criteria = new ArrayList<>();

    @Option(names = "--batch", description = "Read one set of criteria per line from standard input.")
    private boolean batch;

    @Option(names = "--lang", paramLabel = "en|ja", defaultValue = "en",
            description = "Language of the readable block (default: en). Batch output is always English.")
    private String lang;

    /**
     * Unknown options, reported here as a usage error (exit 2) with one line, rather than through the top-level
     * exception mapping.
     */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    private final Supplier<InputStream> stdin;
    private final AcmgClassifier classifier = AcmgClassifier.standard();

    /** Reads standard input from {@link System#in} at the time the command runs. */
    public AcmgCommand() {
        this(() -> System.in);
    }

    AcmgCommand(Supplier<InputStream> stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale;
        switch (lang.toLowerCase(Locale.ROOT)) {
            case "en":
                locale = Locale.ENGLISH;
                break;
            case "ja":
                locale = Locale.JAPANESE;
                break;
            default:
                err.println("acmg: unknown language '" + lang + "' (expected en or ja)");
                err.flush();
                return ZenomeCli.USAGE;
        }
        if (!unmatched.isEmpty()) {
            err.println("acmg: unknown option '" + unmatched.get(0) + "' (see zenome acmg --help)");
            err.flush();
            return ZenomeCli.USAGE;
        }
        if (batch) {
            if (!criteria.isEmpty()) {
                err.println("acmg: give criteria either as arguments or with --batch on standard input, not both");
                err.flush();
                return ZenomeCli.USAGE;
            }
            return batch(out, err);
        }
        if (criteria.isEmpty()) {
            err.println("acmg: give at least one criterion (e.g. zenome acmg PVS1 PM2_Supporting), or --batch");
            err.flush();
            return ZenomeCli.USAGE;
        }
        AcmgEvaluation evaluation;
        try {
            evaluation = evaluate(String.join(" ", criteria));
        } catch (IllegalArgumentException e) {
            err.println("acmg: " + e.getMessage());
            err.flush();
            return ZenomeCli.USAGE;
        }
        printBlock(out, evaluation, locale);
        out.flush();
        return ZenomeCli.OK;
    }

    private int batch(PrintWriter out, PrintWriter err) throws IOException {
        List<String> results = new ArrayList<>();
        int errors = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stdin.get(), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.strip().startsWith("#")) {
                    continue;
                }
                int hash = line.indexOf('#');
                String set = hash < 0 ? line : line.substring(0, hash);
                try {
                    AcmgEvaluation e = evaluate(set);
                    results.add(e.rulesClass().label() + "\t" + e.pointsTotal() + "\t" + e.pointsClass().label());
                } catch (IllegalArgumentException e) {
                    err.println("acmg: line " + lineNumber + ": " + e.getMessage());
                    errors++;
                }
            }
        }
        if (errors > 0) {
            err.flush();
            return ZenomeCli.USAGE;
        }
        results.forEach(out::println);
        out.flush();
        return ZenomeCli.OK;
    }

    private AcmgEvaluation evaluate(String set) {
        List<AppliedCriterion> applied = new ArrayList<>();
        for (String token : set.strip().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                applied.add(AppliedCriterion.parse(token));
            }
        }
        return classifier.evaluateApplied(applied);
    }

    private static void printBlock(PrintWriter out, AcmgEvaluation e, Locale locale) {
        String criteriaLabel = ClassificationText.message(locale, "cli.criteria");
        String rulesLabel = ClassificationText.message(locale, "cli.rules");
        String pointsLabel = ClassificationText.message(locale, "cli.points");
        int width = Math.max(columns(criteriaLabel), Math.max(columns(rulesLabel), columns(pointsLabel))) + 2;
        String counted = e.counted().isEmpty() ? ClassificationText.message(locale, "cli.none")
                : e.counted().stream()
                        .map(a -> a.label() + " (" + (a.points() > 0 ? "+" : "") + a.points() + ")")
                        .collect(Collectors.joining(" "));
        out.println(pad(criteriaLabel + ":", width) + counted);
        out.println(pad(rulesLabel + ":", width) + e.rules().describe(locale));
        out.println(pad(pointsLabel + ":", width) + e.points().describe(locale));
        if (e.disagree()) {
            out.println(ClassificationText.message(locale, "cli.disagree", e.rulesClass().displayName(locale),
                    e.pointsClass().displayName(locale)));
        }
        if (e.mixedEvidence()) {
            out.println(ClassificationText.message(locale, "cli.mixed"));
        }
    }

    /** Pads to a terminal width, counting full-width (CJK) characters as two columns. */
    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        for (int w = columns(s); w < width; w++) {
            b.append(' ');
        }
        return b.toString();
    }

    private static int columns(String s) {
        return s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }
}
