package org.zenome.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.geneontology.obographs.core.model.Edge;
import org.geneontology.obographs.core.model.Graph;
import org.geneontology.obographs.core.model.GraphDocument;
import org.geneontology.obographs.core.model.Meta;
import org.geneontology.obographs.core.model.Node;
import org.geneontology.obographs.core.model.meta.BasicPropertyValue;
import org.geneontology.obographs.core.model.meta.DefinitionPropertyValue;
import org.geneontology.obographs.core.model.meta.SynonymPropertyValue;
import org.geneontology.obographs.core.model.meta.XrefPropertyValue;
import org.obolibrary.oboformat.model.Clause;
import org.obolibrary.oboformat.model.Frame;
import org.obolibrary.oboformat.model.OBODoc;
import org.obolibrary.oboformat.model.Xref;
import org.obolibrary.oboformat.parser.OBOFormatConstants.OboFormatTag;
import org.obolibrary.oboformat.parser.OBOFormatParser;

/**
 * Reads an OBO 1.2/1.4 file (e.g. an older {@code hp.obo}) with the OWL API's OBO parser and hands its terms to
 * phenol as the OBO Graphs document that phenol reads from {@code hp.json}: the same meaning, frame by frame (name,
 * definition and its references, synonyms with their scope, is_a, alt_id, obsolete, xrefs, comments). No parsing
 * happens here; see docs/adr/phenotype-ontology.md.
 */
final class OboGraphs {
    private static final String OBO = "http://purl.obolibrary.org/obo/";
    private static final String OIO = "http://www.geneontology.org/formats/oboInOwl#";

    private OboGraphs() {
    }

    /** The OBO document as an OBO Graphs document, and the file's {@code data-version}. */
    static GraphDocument read(BufferedReader reader) throws IOException {
        OBODoc doc = new OBOFormatParser().parse(reader);
        Frame header = doc.getHeaderFrame();
        String version = header == null ? null : header.getTagValue(OboFormatTag.TAG_DATA_VERSION, String.class);
        Graph.Builder graph = new Graph.Builder().id(OBO + "hp.owl");
        if (version != null) {
            graph.meta(new Meta.Builder().version(OBO + "hp/" + version + "/hp.owl").build());
        }
        for (Frame f : doc.getTermFrames()) {
            String id = f.getId();
            if (id == null || !id.contains(":")) {
                continue;
            }
            String iri = iri(id);
            Meta.Builder meta = new Meta.Builder();
            Clause def = f.getClause(OboFormatTag.TAG_DEF);
            if (def != null && def.getValue() != null) {
                DefinitionPropertyValue.Builder d = new DefinitionPropertyValue.Builder().val(def.getValue().toString());
                for (Xref x : xrefs(def)) {
                    d.addXref(x.getIdref());
                }
                meta.definition(d.build());
            }
            for (Clause c : f.getClauses(OboFormatTag.TAG_SYNONYM)) {
                Object scope = c.getValue2();
                SynonymPropertyValue.Builder s = new SynonymPropertyValue.Builder()
                        .pred(synonymPredicate(scope == null ? "RELATED" : scope.toString()))
                        .val(String.valueOf(c.getValue()));
                for (Xref x : xrefs(c)) {
                    s.addXref(x.getIdref());
                }
                meta.addSynonym(s.build());
            }
            for (Clause c : f.getClauses(OboFormatTag.TAG_XREF)) {
                Object v = c.getValue();
                String ref = v instanceof Xref x ? x.getIdref() : String.valueOf(v);
                meta.addXref(new XrefPropertyValue.Builder().val(ref).build());
            }
            for (Clause c : f.getClauses(OboFormatTag.TAG_ALT_ID)) {
                meta.addBasicPropertyValue(new BasicPropertyValue.Builder().pred(OIO + "hasAlternativeId")
                        .val(String.valueOf(c.getValue())).build());
            }
            for (Clause c : f.getClauses(OboFormatTag.TAG_COMMENT)) {
                meta.addComment(String.valueOf(c.getValue()));
            }
            Boolean obsolete = f.getTagValue(OboFormatTag.TAG_IS_OBSELETE, Boolean.class);
            meta.deprecated(Boolean.TRUE.equals(obsolete));
            String name = f.getTagValue(OboFormatTag.TAG_NAME, String.class);
            graph.addNode(new Node.Builder().id(iri).label(name).type(Node.RDFTYPES.CLASS).meta(meta.build()).build());
            for (Clause c : f.getClauses(OboFormatTag.TAG_IS_A)) {
                Object parent = c.getValue();
                if (parent != null) {
                    graph.addEdge(new Edge.Builder().sub(iri).pred("is_a").obj(iri(parent.toString())).build());
                }
            }
        }
        return new GraphDocument.Builder().addGraph(graph.build()).build();
    }

    /** The {@code data-version} of the OBO header, e.g. {@code releases/2017-04-13}, or null. */
    static String dataVersion(GraphDocument doc) {
        List<Graph> graphs = doc.getGraphs();
        if (graphs == null || graphs.isEmpty() || graphs.get(0).getMeta() == null) {
            return null;
        }
        return graphs.get(0).getMeta().getVersion();
    }

    private static Collection<Xref> xrefs(Clause c) {
        Collection<Xref> x = c.getXrefs();
        return x == null ? List.of() : new ArrayList<>(x);
    }

    private static String iri(String curie) {
        return OBO + curie.replace(':', '_');
    }

    private static String synonymPredicate(String scope) {
        switch (scope) {
            case "EXACT":
                return "hasExactSynonym";
            case "BROAD":
                return "hasBroadSynonym";
            case "NARROW":
                return "hasNarrowSynonym";
            default:
                return "hasRelatedSynonym";
        }
    }
}
