package org.heliodeck.formats.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link DecimalScanner} gives exactly what {@link Double#parseDouble} gives, and refuses what it refuses. */
class DecimalScannerPropertyTest {

    @Property(tries = 5000)
    void decimalTextReadsAsParseDoubleDoes(@ForAll("decimals") String text) {
        assertThat(scan(text)).isEqualTo(Double.parseDouble(text));
    }

    @Property(tries = 3000)
    void everyDoubleWrittenByJavaReadsBackExactly(@ForAll double value) {
        String text = Double.toString(value);
        assertThat(Double.doubleToRawLongBits(scan(text))).isEqualTo(Double.doubleToRawLongBits(value));
    }

    @Property(tries = 3000)
    void fixedAndScientificFormsAgreeWithParseDouble(@ForAll double value, @ForAll @IntRange(min = 0, max = 17) int digits) {
        for (String text : new String[] {
            String.format(Locale.ROOT, "%." + digits + "f", value), String.format(Locale.ROOT, "%." + digits + "e", value)}) {
            assertThat(Double.doubleToRawLongBits(scan(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Property(tries = 3000)
    void arbitraryTextIsAcceptedOnlyWhenParseDoubleAcceptsIt(@ForAll("numberish") String text) {
        Double expected;
        try {
            expected = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            expected = null;
        }
        if (expected == null) {
            assertThatThrownBy(() -> scan(text)).isInstanceOf(NumberFormatException.class);
        } else {
            assertThat(scan(text)).isEqualTo(expected);
        }
    }

    @Example
    void readsTheWaysCProgramsWriteNanAndInfinity() {
        assertThat(scan("nan")).isNaN();
        assertThat(scan("-NaN")).isNaN();
        assertThat(scan("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(scan("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Example
    void keepsTheSignOfZeroAndRefusesBlanksAndEmptiness() {
        assertThat(Double.doubleToRawLongBits(scan("-0.000"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThatThrownBy(() -> scan("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> scan(" 1.5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> scan("-")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> scan("1e")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> scan("1.2.3")).isInstanceOf(NumberFormatException.class);
    }

    /** Texts of the grammar the fast path takes, and past its edges: long mantissas, big exponents. */
    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(22);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(22).map(f -> "." + f);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "-", "+"),
                Arbitraries.integers().between(0, 400)).as((e, s, n) -> e + s + n);
        return Combinators.combine(sign, integer, fraction.injectNull(0.3), exponent.injectNull(0.5))
                .as((s, i, f, e) -> s + i + (f == null ? "" : f) + (e == null ? "" : e))
                .filter(t -> t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"));
    }

    /** Short strings over the characters numbers are made of, mostly not numbers. */
    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.-+eEdfxXpPNaIiny ").ofMinLength(0).ofMaxLength(8)
                .filter(t -> t.equals(t.strip()) && !t.toLowerCase(Locale.ROOT).matches("[-+]?(nan|inf|infinity)"));
    }

    private static double scan(String text) {
        byte[] bytes = ("  " + text + " ").getBytes(StandardCharsets.ISO_8859_1);
        return DecimalScanner.parse(bytes, 2, 2 + text.length());
    }
}
