package org.zenome.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowserJsonTest {

    @Test
    void roundTripsNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\n\t\u0001 日本語");
        m.put("n", 42L);
        m.put("d", 1.5);
        m.put("b", true);
        m.put("z", null);
        m.put("l", Arrays.asList(1L, "x", false, null, List.of()));
        m.put("o", Map.of("k", "v"));
        String json = Json.write(m);
        assertThat(Json.parse(json)).isEqualTo(m);
    }

    @Test
    void writesIntegralDoublesWithoutFractionAndEscapesForScriptContext() {
        assertThat(Json.write(3.0)).isEqualTo("3");
        assertThat(Json.write(List.of(1, 2))).isEqualTo("[1,2]");
        assertThat(Json.quote("</script>")).isEqualTo("\"<\\/script>\"");
        assertThat(Json.quote("a\u2028b\u2029")).isEqualTo("\"a\\u2028b\\u2029\"");
        assertThat(Json.quote("http://x/y")).isEqualTo("\"http://x/y\"");
    }

    @Test
    void parsesNumbersEscapesAndWhitespace() {
        assertThat(Json.parse(" { \"a\" : [ -1 , 2.5e2 , \"\\u00e9\\/\" ] } "))
                .isEqualTo(Map.of("a", List.of(-1L, 250.0, "é/")));
    }

    @Test
    void rejectsBrokenJson() {
        for (String bad : new String[] {"", "{", "[1,]", "{\"a\":}", "tru", "\"abc", "{} x", "{'a':1}", "-"}) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
