package org.heliodeck.formats.hapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<List<String>> records(String csv) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(csv), "test", 1);
        List<List<String>> out = new ArrayList<>();
        while (reader.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < reader.fields(); i++) {
                fields.add(reader.field(i));
            }
            out.add(fields);
        }
        return out;
    }

    @Test
    void splitsFieldsAndQuotedFieldsAsRfc4180() throws IOException {
        assertThat(records("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\r\n\"two\nlines\",,\"\"\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("x,y", "say \"hi\"", ""),
                        List.of("two\nlines", "", ""));
    }

    @Test
    void skipsBlankLinesAndCountsLinesAcrossQuotedBreaks() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader("\n\"a\r\nb\",1\r\n\r\nlast\rx"), "test", 10);

        assertThat(reader.next()).isTrue();
        assertThat(reader.line()).isEqualTo(11);
        assertThat(reader.next()).isTrue();
        assertThat(reader.field(0)).isEqualTo("last");
        assertThat(reader.line()).isEqualTo(14);
        assertThat(reader.next()).isTrue();
        assertThat(reader.line()).isEqualTo(15);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void readsRecordsLongerThanItsBuffer() throws IOException {
        String wide = "v".repeat(200_000);

        assertThat(records(wide + "," + wide + "\n1")).containsExactly(List.of(wide, wide), List.of("1"));
    }
}
