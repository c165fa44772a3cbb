package org.zenome.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zenome.panel.CirculationCheck;
import org.zenome.store.StoreException;

/**
 * The per-condition result of a circulation check as stored in {@code agenda_item.circulation_result}:
 * {@code [{"condition": "qc-acknowledged", "met": false, "items": ["sex:S1 (...)"]}, ...]}.
 */
final class CirculationCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CirculationCodec() {
    }

    static String encode(List<CirculationCheck.ConditionResult> conditions) {
        ArrayNode a = JSON.createArrayNode();
        for (CirculationCheck.ConditionResult c : conditions) {
            ObjectNode o = a.addObject();
            o.put("condition", c.condition());
            o.put("met", c.met());
            ArrayNode items = o.putArray("items");
            c.items().forEach(items::add);
        }
        return a.toString();
    }

    static List<CirculationCheck.ConditionResult> decode(String text) {
        List<CirculationCheck.ConditionResult> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try {
            for (JsonNode o : JSON.readTree(text)) {
                List<String> items = new ArrayList<>();
                o.path("items").forEach(i -> items.add(i.asText()));
                out.add(new CirculationCheck.ConditionResult(o.path("condition").asText(), o.path("met").asBoolean(),
                        items));
            }
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable circulation check in the agenda: " + e.getOriginalMessage(), e);
        }
        return out;
    }
}
