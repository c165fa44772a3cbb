package org.zenome.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Corrects the text mapping (ToUnicode CMaps) of the embedded Japanese font. IPAex Gothic draws the CJK radicals
 * (U+2F00-U+2FDF, U+2E80-U+2EFF) and compatibility ideographs with the same glyphs as the unified ideographs; when
 * PDFBox writes the glyph-to-text table it picks the lowest code point, so "見" would be extracted, searched and
 * read aloud as the radical "⾒". Each such mapping is replaced by the ideograph the font maps to the same glyph
 * (CIDs of PDFBox's subsets are the original glyph IDs), else by its NFKC form. Combining marks that share a
 * glyph with a spacing character (U+0336 and the em dash) are treated the same way. The font and the drawing are not
 * changed.
 */
final class ToUnicodeRepair {
    /** Glyph ID (= CID in the embedded subset) → the unified ideograph drawn by it, where PDFBox picks a radical. */
    private final Map<Integer, Integer> preferred;

    private ToUnicodeRepair(Map<Integer, Integer> preferred) {
        this.preferred = preferred;
    }

    /** For a TrueType font: finds the glyphs shared by a radical and an ideograph. */
    static ToUnicodeRepair forFont(byte[] ttfBytes) throws IOException {
        Map<Integer, Integer> preferred = new java.util.HashMap<>();
        try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new RandomAccessReadBuffer(ttfBytes))) {
            org.apache.fontbox.ttf.CmapLookup lookup = ttf.getUnicodeCmapLookup();
            for (int gid = 0; gid < ttf.getNumberOfGlyphs(); gid++) {
                java.util.List<Integer> codes = lookup.getCharCodes(gid);
                if (codes == null || codes.size() < 2 || !variant(codes.get(0))) {
                    continue;
                }
                int glyph = gid;
                codes.stream().filter(c -> !variant(c)).findFirst().ifPresent(c -> preferred.put(glyph, c));
            }
        }
        return new ToUnicodeRepair(preferred);
    }

    /** Code points the font draws with a glyph it shares with a more likely character (radical, mark, compat). */
    static boolean variant(int cp) {
        int type = Character.getType(cp);
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Map<COSStream, Boolean> seen = new IdentityHashMap<>();
            for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT)) {
                if (!(o.getObject() instanceof COSDictionary font)) {
                    continue;
                }
                COSBase tu = font.getDictionaryObject(COSName.TO_UNICODE);
                if (tu instanceof COSStream s && seen.put(s, Boolean.TRUE) == null) {
                    changed |= repair(s);
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private boolean repair(COSStream s) throws IOException {
        CMap cmap;
        try (var in = s.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mappings = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String u = cmap.toUnicode(code, 2);
            if (u == null) {
                continue;
            }
            String fixed = u.codePointCount(0, u.length()) == 1 && variant(u.codePointAt(0))
                    && preferred.containsKey(code) ? new String(Character.toChars(preferred.get(code))) : unify(u);
            changed |= !fixed.equals(u);
            mappings.put(code, fixed);
        }
        if (!changed) {
            return false;
        }
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(write(mappings).getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    /** Radicals and compatibility ideographs as their unified ideographs; everything else unchanged. */
    static String unify(String u) {
        StringBuilder b = null;
        for (int i = 0; i < u.length(); ) {
            int cp = u.codePointAt(i);
            int n = Character.charCount(cp);
            if ((cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
                String norm = Normalizer.normalize(u.substring(i, i + n), Normalizer.Form.NFKC);
                if (b == null) {
                    b = new StringBuilder(u.substring(0, i));
                }
                b.append(norm);
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? u : b.toString();
    }

    private static String write(Map<Integer, String> mappings) {
        StringBuilder b = new StringBuilder(64 + mappings.size() * 20);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mappings.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            int end = Math.min(entries.size(), start + 100);
            b.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                b.append('<').append(String.format("%04X", entries.get(i).getKey())).append("> <");
                for (char ch : entries.get(i).getValue().toCharArray()) {
                    b.append(String.format("%04X", (int) ch));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }
}
