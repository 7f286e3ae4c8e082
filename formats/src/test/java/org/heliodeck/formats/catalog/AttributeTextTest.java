package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

/** Attribute values edited as text: what is shown reads back as the same value, and an edit keeps the type. */
class AttributeTextTest {

    @Property
    void whatIsShownReadsBackAsTheSameValue(@ForAll("values") AttributeValue value) {
        assertThat(AttributeText.parse(AttributeText.format(value), Optional.of(value))).isEqualTo(value);
    }

    @Test
    void anEditKeepsTheAttributesType() {
        assertThat(AttributeText.parse("7", Optional.of(AttributeValue.real(0.5)))).isEqualTo(AttributeValue.real(7));
        assertThat(AttributeText.parse("7", Optional.of(AttributeValue.text("seven")))).isEqualTo(AttributeValue.text("7"));
        assertThat(AttributeText.parse("true", Optional.of(AttributeValue.bool(false)))).isEqualTo(AttributeValue.bool(true));
        assertThatThrownBy(() -> AttributeText.parse("many", Optional.of(AttributeValue.integer(3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'many' is not an integer");
    }

    @Test
    void aNewAttributeTakesTheNarrowestTypeThatReadsIt() {
        assertThat(AttributeText.parse("12", Optional.empty())).isEqualTo(AttributeValue.integer(12));
        assertThat(AttributeText.parse("0.25", Optional.empty())).isEqualTo(AttributeValue.real(0.25));
        assertThat(AttributeText.parse("2003-10-29T06:11:00", Optional.empty()))
                .isEqualTo(AttributeValue.time(Tt2000.parse("2003-10-29T06:11:00Z")));
        assertThat(AttributeText.parse("[1, \"a\"]", Optional.empty()))
                .isEqualTo(AttributeValue.list(List.of(AttributeValue.integer(1), AttributeValue.text("a"))));
        assertThat(AttributeText.parse("Wind MFI", Optional.empty())).isEqualTo(AttributeValue.text("Wind MFI"));
    }

    @Provide
    Arbitrary<AttributeValue> values() {
        Arbitrary<AttributeValue> scalars = Arbitraries.oneOf(
                Arbitraries.longs().map(AttributeValue::integer),
                Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0))
                        .map(AttributeValue::real),
                Arbitraries.of(true, false).map(AttributeValue::bool),
                Arbitraries.longs().between(Tt2000.parse("1990-01-01T00:00:00Z"), Tt2000.parse("2030-01-01T00:00:00Z"))
                        .map(AttributeValue::time),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()).map(AttributeValue::text));
        return Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(3).map(AttributeValue::list));
    }
}
