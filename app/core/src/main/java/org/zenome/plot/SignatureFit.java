package org.zenome.plot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zenome.importer.InvalidInputException;

/**
 * Fits a 96-class spectrum as a non-negative combination of reference signatures (non-negative least squares,
 * Lawson and Hanson 1974), from a signature matrix the user provides: tab-separated, the first column the 96 classes
 * as COSMIC writes them ({@code A[C>A]A}), one column per signature (rows in any order). No matrix is bundled.
 */
public final class SignatureFit {
    /** A signature's share of the mutations. */
    public record Exposure(String signature, double mutations, double fraction) {
    }

    /** The fit: exposures (largest first) and the cosine similarity of the reconstruction to the spectrum. */
    public record Result(List<Exposure> exposures, double cosineSimilarity, long mutations) {
    }

    private final List<String> names;
    /** 96 x k. */
    private final double[][] matrix;

    SignatureFit(List<String> names, double[][] matrix) {
        this.names = List.copyOf(names);
        this.matrix = matrix;
    }

    public List<String> signatures() {
        return names;
    }

    public static SignatureFit load(Path file) throws InvalidInputException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read the signature matrix: " + e.getMessage());
        }
        if (lines.size() < 97) {
            throw new InvalidInputException(file, 0, "a signature matrix needs a header and 96 rows, found "
                    + lines.size() + " lines");
        }
        String[] header = lines.get(0).split("\t", -1);
        if (header.length < 2) {
            throw new InvalidInputException(file, 1, "expected tab-separated columns: class, then one per signature");
        }
        List<String> names = Arrays.asList(header).subList(1, header.length);
        double[][] m = new double[96][names.size()];
        boolean[] seen = new boolean[96];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            int k = Spectrum.classes().indexOf(f[0].trim());
            if (k < 0) {
                throw new InvalidInputException(file, i + 1, "'" + f[0] + "' is not one of the 96 classes (e.g. A[C>A]A)");
            }
            if (f.length != header.length) {
                throw new InvalidInputException(file, i + 1, "expected " + header.length + " columns, found " + f.length);
            }
            if (seen[k]) {
                throw new InvalidInputException(file, i + 1, "class " + f[0] + " appears twice");
            }
            seen[k] = true;
            for (int j = 1; j < f.length; j++) {
                try {
                    m[k][j - 1] = Double.parseDouble(f[j].trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(file, i + 1, "not a number: '" + f[j] + "'");
                }
                if (m[k][j - 1] < 0) {
                    throw new InvalidInputException(file, i + 1, "negative signature weight " + f[j]);
                }
            }
        }
        for (int k = 0; k < 96; k++) {
            if (!seen[k]) {
                throw new InvalidInputException(file, 0, "class " + Spectrum.classes().get(k) + " is missing");
            }
        }
        return new SignatureFit(names, m);
    }

    /** Fits the counts (96, COSMIC order). */
    public Result fit(long[] counts) {
        double[] b = new double[96];
        long total = 0;
        for (int i = 0; i < 96; i++) {
            b[i] = counts[i];
            total += counts[i];
        }
        double[] x = nnls(matrix, b);
        double[] recon = new double[96];
        for (int i = 0; i < 96; i++) {
            for (int j = 0; j < x.length; j++) {
                recon[i] += matrix[i][j] * x[j];
            }
        }
        double dot = 0;
        double nb = 0;
        double nr = 0;
        for (int i = 0; i < 96; i++) {
            dot += b[i] * recon[i];
            nb += b[i] * b[i];
            nr += recon[i] * recon[i];
        }
        double sum = Arrays.stream(x).sum();
        List<Exposure> out = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            if (x[j] > 1e-9) {
                out.add(new Exposure(names.get(j), x[j], sum == 0 ? 0 : x[j] / sum));
            }
        }
        out.sort((p, q) -> Double.compare(q.mutations(), p.mutations()));
        return new Result(out, nb == 0 || nr == 0 ? Double.NaN : dot / Math.sqrt(nb * nr), total);
    }

    /**
     * Lawson-Hanson active-set NNLS: the x >= 0 minimising |Ax - b|.
     */
    static double[] nnls(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        double tol = 1e-10;
        for (int iter = 0; iter < 30 * n + 100; iter++) {
            double[] w = gradient(a, b, x);
            int best = -1;
            double bestW = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && w[j] > bestW) {
                    bestW = w[j];
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            passive[best] = true;
            while (true) {
                double[] z = leastSquares(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= tol) {
                        feasible = false;
                        break;
                    }
                }
                if (feasible) {
                    x = z;
                    break;
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= tol) {
                        double t = x[j] / (x[j] - z[j]);
                        if (t < alpha) {
                            alpha = t;
                        }
                    }
                }
                for (int j = 0; j < n; j++) {
                    x[j] = x[j] + alpha * (z[j] - x[j]);
                    if (passive[j] && Math.abs(x[j]) <= tol) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        return x;
    }

    private static double[] gradient(double[][] a, double[] b, double[] x) {
        int m = a.length;
        int n = x.length;
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int j = 0; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            r[i] = s;
        }
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i][j] * r[i];
            }
            w[j] = s;
        }
        return w;
    }

    /** Unconstrained least squares on the passive columns (normal equations, Cholesky); zero elsewhere. */
    private static double[] leastSquares(double[][] a, double[] b, boolean[] passive) {
        int n = passive.length;
        int[] idx = java.util.stream.IntStream.range(0, n).filter(j -> passive[j]).toArray();
        int p = idx.length;
        double[][] g = new double[p][p];
        double[] h = new double[p];
        for (int u = 0; u < p; u++) {
            for (int v = 0; v <= u; v++) {
                double s = 0;
                for (double[] row : a) {
                    s += row[idx[u]] * row[idx[v]];
                }
                g[u][v] = s;
                g[v][u] = s;
            }
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i][idx[u]] * b[i];
            }
            h[u] = s;
        }
        double[] sol = solve(g, h);
        double[] z = new double[n];
        for (int u = 0; u < p; u++) {
            z[idx[u]] = sol[u];
        }
        return z;
    }

    /** Gaussian elimination with partial pivoting (small systems: one row per signature). */
    private static double[] solve(double[][] g, double[] h) {
        int p = h.length;
        double[][] m = new double[p][p + 1];
        for (int i = 0; i < p; i++) {
            System.arraycopy(g[i], 0, m[i], 0, p);
            m[i][p] = h[i];
        }
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            if (Math.abs(m[c][c]) < 1e-15) {
                continue;
            }
            for (int r = c + 1; r < p; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= p; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = m[i][p];
            for (int k = i + 1; k < p; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = Math.abs(m[i][i]) < 1e-15 ? 0 : s / m[i][i];
        }
        return x;
    }

    /** Exposures by signature name, for tests and reports. */
    public static Map<String, Double> byName(Result r) {
        Map<String, Double> m = new LinkedHashMap<>();
        r.exposures().forEach(e -> m.put(e.signature(), e.mutations()));
        return m;
    }
}
