package org.heliodeck.formats.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTableReaderTest {

    @TempDir
    Path dir;

    private static final Metadata NT = Metadata.builder().units("nT").fillValue(999.9).build();

    @Test
    void readsCommaSeparatedIsoTimesWithCommentsHeaderAndSkippedLines() throws IOException {
        Path file = write("a.csv", """
                Produced by some instrument team
                # a comment before the header
                time,Bx,By,Bz,flag
                2020-01-01T00:00:00Z,1.5,-2,3e1,ok
                # a comment between rows

                2020-01-01T00:01:00.5Z, 999.9 ,"4.25",-0.5,bad
                """);
        TextLayout layout = TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0), List.of(ColumnVariable.vector("B", 1, 3, NT)))
                .withSkippedLines(1)
                .withCommentPrefixes("#")
                .withHeaderRow(true);

        DataSet data = new TextTableReader(layout).read(file, "P");

        Variable b = data.variable("B").orElseThrow();
        assertThat(b.product()).isEqualTo("P");
        assertThat(b.time().toArray()).containsExactly(Tt2000.parse("2020-01-01T00:00:00Z"),
                Tt2000.parse("2020-01-01T00:01:00.500Z"));
        assertThat(b.values().shape()).containsExactly(3);
        assertThat(b.values().get(0, 0)).isEqualTo(1.5);
        assertThat(b.values().get(0, 2)).isEqualTo(30.0);
        assertThat(b.values().get(1, 0)).as("fill").isNaN();
        assertThat(b.values().get(1, 1)).as("quoted").isEqualTo(4.25);
        assertThat(b.metadata().units()).isEqualTo("nT");
    }

    @Test
    void readsTabAndSemicolonDelimitedFilesWithEmptyFieldsAsNaN() throws IOException {
        for (Delimiter d : List.of(Delimiter.TAB, Delimiter.SEMICOLON)) {
            String s = String.valueOf(d.separator());
            Path file = write("t" + d + ".txt", "2021-03-04T05:06:07Z" + s + "1.25" + s + "\n2021-03-04T05:06:08Z" + s + s + "7\n");
            TextLayout layout = TextLayout.of(d, new TimeColumns.Iso(0), List.of(
                    ColumnVariable.scalar("x", 1, Metadata.builder().build()),
                    ColumnVariable.scalar("y", 2, Metadata.builder().build())));

            List<Variable> vs = new TextTableReader(layout).read(file, "P").variables();

            assertThat(vs.get(0).values().get(0, 0)).isEqualTo(1.25);
            assertThat(vs.get(0).values().get(1, 0)).isNaN();
            assertThat(vs.get(1).values().get(0, 0)).isNaN();
            assertThat(vs.get(1).values().get(1, 0)).isEqualTo(7.0);
        }
    }

    @Test
    void readsTimeSpreadOverYearDayOfYearHourMinuteSecondColumns() throws IOException {
        Path file = write("doy.txt", """
                2016 366 23 59 60.25   1
                2017   1  0  0  0      2
                """);
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, TimeColumns.dayOfYear(0, 1, 2, 3, 4),
                List.of(ColumnVariable.scalar("n", 5, Metadata.builder().build())));

        Variable n = new TextTableReader(layout).read(file, "P").variables().getFirst();

        assertThat(n.time().toArray()).containsExactly(Tt2000.parse("2016-12-31T23:59:60.25Z"), Tt2000.parse("2017-01-01T00:00Z"));
    }

    @Test
    void readsTimeSpreadOverCalendarColumns() throws IOException {
        Path file = write("cal.txt", "x 2012 9 1 13 5 07 42\n");
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, TimeColumns.calendar(1, 2, 3, 4, 5, 6),
                List.of(ColumnVariable.scalar("n", 7, Metadata.builder().build())));

        Variable n = new TextTableReader(layout).read(file, "P").variables().getFirst();

        assertThat(n.time().get(0)).isEqualTo(Tt2000.parse("2012-09-01T13:05:07Z"));
        assertThat(n.values().get(0, 0)).isEqualTo(42.0);
    }

    @Test
    void aColumnMayFeedSeveralVariables() throws IOException {
        Path file = write("shared.txt", "2000-01-01 1 2 3\n");
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, new TimeColumns.Iso(0), List.of(
                ColumnVariable.vector("a", 1, 2, Metadata.builder().build()),
                new ColumnVariable("b", List.of(1, 3), Metadata.builder().build(), List.of())));

        List<Variable> vs = new TextTableReader(layout).read(file, "P").variables();

        assertThat(vs.get(1).values().get(0, 0)).isEqualTo(1.0);
        assertThat(vs.get(1).values().get(0, 1)).isEqualTo(3.0);
    }

    @Test
    void aTruncatedLineIsRefusedWithFileAndLine() throws IOException {
        Path file = write("short.txt", "2000-01-01 1 2 3\n2000-01-02 1 2\n");
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, new TimeColumns.Iso(0), List.of(ColumnVariable.vector("v", 1, 3, NT)));

        assertThatThrownBy(() -> new TextTableReader(layout).read(file, "P"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("short.txt, line 2: has 3 fields where at least 4 are expected");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRefusedWhenTheCountIsFixed() throws IOException {
        Path file = write("long.txt", "2000-01-01 1 2 3 4\n");
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, new TimeColumns.Iso(0), List.of(ColumnVariable.vector("v", 1, 3, NT)))
                .withFieldCount(4);

        assertThatThrownBy(() -> new TextTableReader(layout).read(file, "P"))
                .hasMessageContaining("long.txt, line 1: has 5 fields where 4 are expected");
    }

    @Test
    void aNonNumericFieldIsRefusedWithFileLineFieldAndVariable() throws IOException {
        Path file = write("word.csv", "2000-01-01,1,2,3\n2000-01-02,1,two,3\n");
        TextLayout layout = TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0), List.of(ColumnVariable.vector("B", 1, 3, NT)));

        assertThatThrownBy(() -> new TextTableReader(layout).read(file, "P"))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("word.csv, line 2, field 3: 'two' is not a number (B)");
    }

    @Test
    void aBadTimeIsRefusedWithFileLineAndField() throws IOException {
        Path file = write("time.csv", "2000-01-01,1\n2000-13-01,2\n");
        TextLayout layout = TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0), List.of(ColumnVariable.scalar("x", 1, NT)));

        assertThatThrownBy(() -> new TextTableReader(layout).read(file, "P"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("time.csv, line 2, field 1: ")
                .hasMessageContaining("2000-13-01")
                .hasMessageEndingWith("(time)");
    }

    @Test
    void badTimeFieldsAreRefusedWithFileLineAndField() throws IOException {
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, TimeColumns.dayOfYear(0, 1, 2), List.of(ColumnVariable.scalar("x", 3, NT)));
        TextTableReader reader = new TextTableReader(layout);

        assertThatThrownBy(() -> reader.read(write("doy.txt", "2001 366 0 1\n"), "P"))
                .hasMessageStartingWith("doy.txt, line 1, field 2: no such date");
        assertThatThrownBy(() -> reader.read(write("hour.txt", "2001 1 0 1\n2001 1 24 1\n"), "P"))
                .hasMessage("hour.txt, line 2, field 3: hour '24' is not a whole number in 0..23 (time)");
        assertThatThrownBy(() -> reader.read(write("year.txt", "199x 1 0 1\n"), "P"))
                .hasMessage("year.txt, line 1, field 1: '199x' is not a number (time)");
    }

    @Test
    void aLeapSecondOnADayWithoutOneIsRefused() throws IOException {
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, TimeColumns.calendar(0, 1, 2, 3, 4, 5),
                List.of(ColumnVariable.scalar("x", 6, NT)));

        assertThatThrownBy(() -> new TextTableReader(layout).read(write("leap.txt", "2015 1 1 23 59 60 1\n"), "P"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("leap.txt, line 1, field 6: ");
    }

    @Test
    void rowsOutOfOrderAreSortedAndAnEmptyTableGivesEmptyVariables() throws IOException {
        TextLayout layout = TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0), List.of(ColumnVariable.scalar("x", 1, NT)))
                .withCommentPrefixes("#");
        TextTableReader reader = new TextTableReader(layout);

        Variable x = reader.read(write("rev.csv", "2000-01-02,2\r\n2000-01-01,1\r\n"), "P").variables().getFirst();
        Variable none = reader.read(write("none.csv", "# nothing\n"), "P").variables().getFirst();

        assertThat(x.values().get(0, 0)).isEqualTo(1.0);
        assertThat(x.values().get(1, 0)).isEqualTo(2.0);
        assertThat(none.records()).isZero();
    }

    @Test
    void readsPastTheRecordCountGuessedFromTheFirstLine() throws IOException {
        StringBuilder text = new StringBuilder("2000-01-01T00:00:00.000000000Z,0.00000000000000\n");
        for (int i = 1; i < 1000; i++) {
            text.append("2000-01-01T00:").append(String.format("%02d:%02d", i / 60, i % 60)).append(',').append(i).append('\n');
        }
        TextLayout layout = TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0), List.of(ColumnVariable.scalar("x", 1, NT)));

        Variable x = new TextTableReader(layout).read(write("grow.csv", text.toString()), "P").variables().getFirst();

        assertThat(x.records()).isEqualTo(1000);
        assertThat(x.values().get(999, 0)).isEqualTo(999.0);
        assertThat(x.time().get(999)).isEqualTo(Tt2000.parse("2000-01-01T00:16:39Z"));
    }

    @Test
    void layoutsRefuseContradictions() {
        assertThatThrownBy(() -> TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0), List.of(ColumnVariable.scalar("x", 5, NT)))
                .withFieldCount(3)).hasMessageContaining("past the 3 fields");
        assertThatThrownBy(() -> new TimeColumns.Fields(0, 1, -1, -1, 2, -1, -1)).hasMessageContaining("month and a day");
        assertThatThrownBy(() -> TextLayout.of(Delimiter.COMMA, new TimeColumns.Iso(0),
                List.of(ColumnVariable.scalar("x", 1, NT), ColumnVariable.scalar("x", 2, NT)))).hasMessageContaining("same name");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
