package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heliodeck.formats.catalog.AttributeValue;
import org.junit.jupiter.api.Test;

/** Whatever the lists and attributes, the store's reader gives back what its writer (Jackson) wrote. */
class StoredJsonPropertiesTest {

    @Property(tries = 300)
    void listsReadBackTheSame(@ForAll("texts") List<String> values) {
        assertThat(StoredJson.strings(StoredJson.strings(values))).isEqualTo(values);
    }

    @Property(tries = 300)
    void attributesReadBackTheSame(@ForAll("attributes") Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> back = StoredJson.attributes(StoredJson.attributes(attributes));

        assertThat(back).isEqualTo(attributes);
        assertThat(back.keySet()).containsExactlyElementsOf(attributes.keySet());
    }

    @Test
    void saysWhatItCannotRead() {
        assertThatThrownBy(() -> StoredJson.strings("[\"a\" \"b\"]"))
                .hasMessage("the store holds JSON it did not write (',' or ']' expected at character 6): [\"a\" \"b\"]");
        assertThatThrownBy(() -> StoredJson.attributes("{\"x\":{\"type\":\"colour\",\"value\":1}}"))
                .hasMessageStartingWith("the store holds JSON it did not write (an attribute of unknown type 'colour'");
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return text().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Map<String, AttributeValue>> attributes() {
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6), value(2))
                .ofMaxSize(4).map(LinkedHashMap::new);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().withChars("\"\\/\b\f\n\r\t\u0001\u001féπ😀 ,").ofMaxLength(8));
    }

    private static Arbitrary<AttributeValue> value(int depth) {
        Arbitrary<AttributeValue> plain = Arbitraries.oneOf(
                text().map(AttributeValue::text),
                Arbitraries.longs().map(AttributeValue::integer),
                Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300)).map(AttributeValue::real),
                Arbitraries.of(true, false).map(AttributeValue::bool),
                Arbitraries.longs().map(AttributeValue::time));
        return depth == 0 ? plain : Arbitraries.oneOf(plain, value(depth - 1).list().ofMaxSize(3).map(AttributeValue::list));
    }
}
