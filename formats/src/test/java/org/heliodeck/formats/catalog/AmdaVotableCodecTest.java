package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmdaVotableCodecTest {

    private static final String TIME_FIELDS = """
            <FIELD name="Start Time" ID="TimeIntervalStart" ucd="time.start" datatype="char" xtype="dateTime" arraysize="*"/>
            <FIELD name="Stop Time" ID="TimeIntervalStop" ucd="time.end" datatype="char" xtype="dateTime" arraysize="*"/>
            """;

    private final AmdaVotableCodec codec = new AmdaVotableCodec();

    @TempDir
    Path dir;

    @Test
    void readsAnAmdaCatalog() throws IOException {
        CatalogDocument document = codec.read(CatalogFiles.sample("amda_catalog.xml"));

        CatalogueRecord catalogue = document.catalogues().getFirst();
        assertThat(catalogue.name()).isEqualTo("Storms_test");
        assertThat(catalogue.author()).isEqualTo("someone@example.org");
        assertThat(catalogue.attributes()).containsExactly(
                Map.entry("Historic", AttributeValue.text("")),
                Map.entry("ListStartDate", AttributeValue.time(Tt2000.parse("1998-03-04T12:30Z"))),
                Map.entry("ListStopDate", AttributeValue.time(Tt2000.parse("1998-08-21T03:30Z"))),
                Map.entry("CreationDate", AttributeValue.time(Tt2000.parse("2022-10-18T10:47:53Z"))),
                Map.entry("description", AttributeValue.text("Three storms, for tests.\nStart Time is the main phase start.")));
        assertThat(document.events()).hasSize(3);
        assertThat(catalogue.events()).isEqualTo(document.events().stream().map(EventRecord::uuid).toList());

        EventRecord first = document.events().getFirst();
        assertThat(first.start()).isEqualTo(Tt2000.parse("1998-03-04T12:30Z"));
        assertThat(first.stop()).isEqualTo(Tt2000.parse("1998-03-05T10:30Z"));
        assertThat(first.author()).isEqualTo("someone@example.org");
        assertThat(first.attributes()).containsExactly(
                Map.entry("ICMEStartTime", AttributeValue.time(Tt2000.parse("1998-03-04T14:27Z"))),
                Map.entry("MagneticClouds", AttributeValue.text("Y")),
                Map.entry("Bzmin", AttributeValue.real(-7.25)),
                Map.entry("DstMin", AttributeValue.integer(-36)),
                Map.entry("Shock", AttributeValue.bool(true)),
                Map.entry("B_GSE", AttributeValue.list(List.of(AttributeValue.real(1.5), AttributeValue.real(-2), AttributeValue.real(3.25)))));
        assertThat(document.events().get(1).attributes())
                .containsEntry("Shock", AttributeValue.bool(false))
                .doesNotContainKey("B_GSE");
        assertThat(document.events().get(2).attributes()).containsOnly(
                Map.entry("MagneticClouds", AttributeValue.text("Y & more")),
                Map.entry("Bzmin", AttributeValue.real(Double.NaN)),
                Map.entry("B_GSE", AttributeValue.list(List.of(AttributeValue.real(0), AttributeValue.real(0), AttributeValue.real(1)))));
    }

    @Test
    void writesWhatItReadsAndReadsItBackEqual() throws IOException {
        CatalogDocument document = codec.read(CatalogFiles.sample("amda_catalog.xml"));
        Path written = dir.resolve("out.xml");
        codec.write(document, written);

        assertThat(codec.read(written)).isEqualTo(document);
    }

    @Test
    void writesAmdasLayout() throws IOException {
        Path written = dir.resolve("out.xml");
        codec.write(codec.read(CatalogFiles.sample("amda_catalog.xml")), written);
        String xml = Files.readString(written);

        assertThat(xml).contains(
                "<VOTABLE xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\" version=\"1.3\">",
                "<DESCRIPTION>Name:Storms_test;\nContact:someone@example.org;\nUUID:",
                "\nHistoric:;\nListStartDate:1998-03-04T12:30:00.000;\nListStopDate:1998-08-21T03:30:00.000;\n"
                        + "Creation Date:2022-10-18T10:47:53.000;\n</DESCRIPTION>",
                "<FIELD name=\"Start Time\" ID=\"TimeIntervalStart\" ucd=\"time.start\" datatype=\"char\" xtype=\"dateTime\" arraysize=\"*\"/>",
                "<FIELD name=\"Stop Time\" ID=\"TimeIntervalStop\" ucd=\"time.end\" datatype=\"char\" xtype=\"dateTime\" arraysize=\"*\"/>",
                "<FIELD name=\"uuid\" ID=\"uuid\" datatype=\"char\" arraysize=\"*\"/>",
                "<FIELD name=\"Bzmin\" ID=\"Bzmin\" datatype=\"double\"/>",
                "<FIELD name=\"DstMin\" ID=\"DstMin\" datatype=\"long\"/>",
                "<FIELD name=\"Shock\" ID=\"Shock\" datatype=\"boolean\"/>",
                "<FIELD name=\"B_GSE\" ID=\"B_GSE\" datatype=\"char\" utype=\"json\" arraysize=\"*\"/>",
                "<TR><TD>1998-03-04T12:30:00.000</TD><TD>1998-03-05T10:30:00.000</TD>",
                "<TD>Y &amp; more</TD><TD>NaN</TD><TD></TD><TD></TD><TD>[0.0,0.0,1.0]</TD></TR>");
        assertThat(xml.indexOf("TimeIntervalStart")).isLessThan(xml.indexOf("TimeIntervalStop"));
        assertThat(xml).doesNotContain("name=\"author\"", "name=\"rating\"", "name=\"tags\"");
    }

    @Test
    void aTscatCatalogueSurvivesTheTripThroughVotable() throws IOException {
        CatalogDocument tscat = new TscatJsonCodec().read(CatalogFiles.sample("tscat_export.json"));
        CatalogDocument one = tscat.only(tscat.catalogues().getFirst());
        Path written = dir.resolve("tscat.xml");
        codec.write(one, written);

        assertThat(codec.read(written)).isEqualTo(one);
        assertThat(Files.readString(written)).contains(
                "Tags:icme,wind;", "Predicate:{\"type\":\"Comparison\"",
                "<FIELD name=\"tags\" ID=\"tags\" datatype=\"char\" utype=\"json\" arraysize=\"*\"/>",
                "<FIELD name=\"rating\" ID=\"rating\" datatype=\"long\"/>", "<TD>[\"mc\"]</TD>", "<TD>8</TD>");
    }

    @Test
    void eventsOfOtherAuthorsAndEmptyAuthorsKeepTheirs() throws IOException {
        long t = Tt2000.parse("2001-01-01Z");
        EventRecord mine = EventRecord.builder(UUID.randomUUID(), t, t).author("cat author").build();
        EventRecord theirs = EventRecord.builder(UUID.randomUUID(), t, t).author("").rating(OptionalInt.of(3)).build();
        CatalogueRecord catalogue = CatalogueRecord.builder(UUID.randomUUID(), "c").author("cat author")
                .events(List.of(mine.uuid(), theirs.uuid())).build();
        CatalogDocument document = CatalogDocument.of(catalogue, List.of(mine, theirs));
        Path written = dir.resolve("authors.xml");
        codec.write(document, written);

        assertThat(codec.read(written)).isEqualTo(document);
    }

    @Test
    void aTimeTableWithoutIdentityReadsWithFreshUuidsAndDefaults() throws IOException {
        Path file = votable("<TR><TD>2001-01-01T00:00:00.000</TD><TD>2001-01-01T06:00:00.000</TD></TR>", "");
        CatalogDocument document = codec.read(file);

        assertThat(document.catalogues().getFirst().name()).isEqualTo("table");
        assertThat(document.events()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(Tt2000.parse("2001-01-01Z"));
            assertThat(e.stop()).isEqualTo(Tt2000.parse("2001-01-01T06Z"));
            assertThat(e.author()).isEmpty();
            assertThat(e.attributes()).isEmpty();
        });
    }

    @Test
    void severalCataloguesAndMixedColumnTypesAreRefusedOnWriting() {
        long t = Tt2000.parse("2001-01-01Z");
        EventRecord a = EventRecord.builder(UUID.randomUUID(), t, t).attribute("x", AttributeValue.integer(1)).build();
        EventRecord b = EventRecord.builder(UUID.randomUUID(), t, t).attribute("x", AttributeValue.text("one")).build();
        CatalogueRecord catalogue = CatalogueRecord.builder(UUID.randomUUID(), "c").events(List.of(a.uuid(), b.uuid())).build();
        CatalogueRecord other = CatalogueRecord.builder(UUID.randomUUID(), "d").build();

        assertThatThrownBy(() -> codec.write(CatalogDocument.of(catalogue, List.of(a, b)), dir.resolve("mixed.xml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute 'x' is text in event " + b.uuid() + " but integer in event " + a.uuid()
                        + ": a VOTable column holds one type");
        assertThatThrownBy(() -> codec.write(new CatalogDocument(List.of(catalogue, other), List.of(a, b), Map.of()), dir.resolve("two.xml")))
                .hasMessageContaining("holds one catalogue and this document has 2");
    }

    @Test
    void anExternalEntityIsNeverExpanded() throws IOException {
        Path secret = CatalogFiles.write(dir, "secret.txt", "TOP-SECRET-42");
        Path file = CatalogFiles.write(dir, "xxe.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE VOTABLE [ <!ENTITY xxe SYSTEM "%s"> ]>
                <VOTABLE version="1.3"><RESOURCE><TABLE>
                %s<FIELD name="note" datatype="char" arraysize="*"/>
                <DATA><TABLEDATA><TR><TD>2001-01-01T00:00:00</TD><TD>2001-01-02T00:00:00</TD><TD>&xxe;</TD></TR></TABLEDATA></DATA>
                </TABLE></RESOURCE></VOTABLE>
                """.formatted(secret.toUri(), TIME_FIELDS));

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ", line 2")
                .hasMessageContaining("DOCTYPE declarations are refused")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void anUndeclaredEntityIsAnXmlErrorNotAFetch() throws IOException {
        Path file = votable("<TR><TD>2001-01-01T00:00:00</TD><TD>2001-01-02T00:00:00</TD><TD>&xxe;</TD></TR>",
                "<FIELD name=\"note\" datatype=\"char\" arraysize=\"*\"/>");
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not well-formed XML")
                .hasMessageContaining("xxe");
    }

    @Test
    void malformedXmlNamesTheLineWithoutAParserDump() throws IOException {
        Path file = CatalogFiles.write(dir, "broken.xml", "<VOTABLE>\n<RESOURCE><TABLE>\n</RESOURCE></VOTABLE>\n");
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ", line 3, column")
                .hasMessageContaining("not well-formed XML")
                .hasMessageNotContaining("ParseError");
    }

    @Test
    void aTableWithoutTimeFieldsIsRefused() throws IOException {
        Path file = CatalogFiles.write(dir, "notimes.xml", """
                <VOTABLE version="1.3"><RESOURCE>
                <TABLE><FIELD name="x" datatype="double"/>
                <DATA><TABLEDATA><TR><TD>1</TD></TR></TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
                """);
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ", line 2: the TABLE has no start time FIELD (AMDA's 'Start Time', ID TimeIntervalStart, ucd time.start)");
    }

    @Test
    void startAfterStopNamesTheRow() throws IOException {
        Path file = votable("<TR><TD>2001-01-01T00:00:00</TD><TD>2001-01-02T00:00:00</TD></TR>\n"
                + "<TR><TD>2001-01-03T00:00:00</TD><TD>2001-01-02T00:00:00</TD></TR>", "");
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ", line 6 (row 2): event ")
                .hasMessageEndingWith("start 2001-01-03T00:00:00Z is after stop 2001-01-02T00:00:00Z");
    }

    @Test
    void badCellsNameTheRowAndTheColumn() throws IOException {
        assertThatThrownBy(() -> codec.read(votable("<TR><TD>2001-01-01T25:00:00</TD><TD>2001-01-02T00:00:00</TD></TR>", "")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 5 (row 1): Start Time: cannot read '2001-01-01T25:00:00'");
        assertThatThrownBy(() -> codec.read(votable("<TR><TD>2001-01-01T00:00:00</TD><TD>2001-01-02T00:00:00</TD><TD>abc</TD></TR>",
                        "<FIELD name=\"Bz\" datatype=\"double\"/>")))
                .hasMessageContaining("(row 1): Bz: 'abc' is not a number");
        assertThatThrownBy(() -> codec.read(votable("<TR><TD>2001-01-01T00:00:00</TD><TD></TD></TR>", "")))
                .hasMessageContaining("(row 1): the stop time is empty");
    }

    @Test
    void binaryDataAndASecondTableAreRefused() throws IOException {
        Path binary = CatalogFiles.write(dir, "binary.xml", "<VOTABLE><RESOURCE><TABLE>" + TIME_FIELDS
                + "<DATA><BINARY><STREAM encoding=\"base64\">AAAA</STREAM></BINARY></DATA></TABLE></RESOURCE></VOTABLE>");
        assertThatThrownBy(() -> codec.read(binary)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("<BINARY> data is not read by Heliodeck");
        Path two = CatalogFiles.write(dir, "two.xml", "<VOTABLE><RESOURCE><TABLE>" + TIME_FIELDS + "</TABLE>\n<TABLE>"
                + TIME_FIELDS + "</TABLE></RESOURCE></VOTABLE>");
        assertThatThrownBy(() -> codec.read(two)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("a second TABLE");
    }

    @Test
    void anotherRootElementIsNoVotable() throws IOException {
        Path file = CatalogFiles.write(dir, "other.xml", "<catalog><event/></catalog>");
        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(DataFormatException.class)
                .hasMessage(file + ", line 1: not a VOTable: the root element is <catalog>");
    }

    /** A VOTable of the two time fields, {@code extraFields}, and rows starting on line 5. */
    private Path votable(String rows, String extraFields) throws IOException {
        return CatalogFiles.write(dir, "table.xml", "<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.3\"><RESOURCE><TABLE>\n"
                + TIME_FIELDS.replace("\n", "") + extraFields + "\n<DATA><TABLEDATA>\n" + rows + "\n</TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>\n");
    }
}
