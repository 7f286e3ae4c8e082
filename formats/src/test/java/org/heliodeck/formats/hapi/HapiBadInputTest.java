package org.heliodeck.formats.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Bad input fails with a DataFormatException that names the source and where in it. */
class HapiBadInputTest {

    private static final String HEADER = """
            #{"HAPI": "3.3", "status": {"code": 1200, "message": "OK"}, "parameters": [
            #  {"name": "Time", "type": "isotime", "units": "UTC", "fill": null, "length": 24},
            #  {"name": "B", "type": "double", "units": "nT", "fill": "-1e31", "size": [2]}]}
            """;

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRead(HapiReader reader, String source,
            byte[] bytes) {
        return assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), source))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(source + ", ");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void truncatedBinaryRecord() throws IOException {
        byte[] sample = Files.readAllBytes(SharedData.file("hapi/HAPI_sample_TestData3.3.binary"));

        // 676 header bytes then 60 records of 48 bytes: record 60 starts at 676 + 59 * 48 = 0xdb4.
        assertRead(new HapiBinaryReader(), "cut.binary", Arrays.copyOf(sample, sample.length - 10))
                .hasMessage("cut.binary, record 60 at offset 0xdb4: truncated: 38 of its 48 bytes");
    }

    @Test
    void binaryRecordWithABadTime() throws IOException {
        byte[] sample = Files.readAllBytes(SharedData.file("hapi/HAPI_sample_TestData3.3.binary"));
        sample[676 + 48 + 5] = '1';
        sample[676 + 48 + 6] = '3';

        assertRead(new HapiBinaryReader(), "month13.binary", sample)
                .hasMessageStartingWith("month13.binary, record 2 at offset 0x2d4: bad time: ")
                .hasMessageContaining("1970-13-01T00:00:01.000Z");
    }

    @Test
    void csvRowWithTheWrongNumberOfValues() {
        assertRead(new HapiCsvReader(), "short.csv", utf8(HEADER + "2020-01-01T00:00:00.000Z,1,2\n"
                + "2020-01-01T00:00:01.000Z,1\n"))
                .hasMessage("short.csv, line 5: 2 values where the header describes 3 (the time and 2 more)");
    }

    @Test
    void csvValueThatIsNotANumber() {
        assertRead(new HapiCsvReader(), "text.csv", utf8(HEADER + "2020-01-01T00:00:00.000Z,1,two\n"))
                .hasMessage("text.csv, line 4, value 3: 'two' is not a number (parameter 'B')");
    }

    @Test
    void csvRowWithABadTime() {
        assertRead(new HapiCsvReader(), "time.csv", utf8(HEADER + "2020-01-01T00:00:00.000Z,1,2\r\n"
                + "2020-01-01T25:00:00.000Z,1,2\r\n"))
                .hasMessageStartingWith("time.csv, line 5: bad time: ")
                .hasMessageContaining("2020-01-01T25:00:00.000Z");
    }

    @Test
    void csvWithAnUnclosedQuote() {
        assertRead(new HapiCsvReader(), "quote.csv", utf8(HEADER + "2020-01-01T00:00:00.000Z,1,2\n"
                + "2020-01-01T00:00:01.000Z,\"1,2\n3\n"))
                .hasMessage("quote.csv, line 5: a quoted field is never closed");
    }

    @Test
    void headerThatIsNotJson() {
        assertRead(new HapiCsvReader(), "notjson.csv", utf8("#{\"HAPI\": \"3.3\",\n#parameters: []}\n2020-01-01Z,1\n"))
                .hasMessageStartingWith("notjson.csv, header (lines 1-2): the HAPI header is not JSON: ")
                .hasMessageContaining("JSON line 2");
        assertRead(new HapiBinaryReader(), "comment.binary", utf8("# made by hand\n"))
                .hasMessageStartingWith("comment.binary, header (lines 1-1): the HAPI header is not JSON");
    }

    @Test
    void hugeSizesAndLengthsAreRefusedBeforeAnythingIsAllocated() {
        String huge = HEADER.replace("\"size\": [2]", "\"size\": [1000000000]");
        for (HapiReader reader : new HapiReader[] {new HapiCsvReader(), new HapiBinaryReader()}) {
            assertRead(reader, "huge", utf8(huge + "2020-01-01T00:00:00.000Z,1\n"))
                    .hasMessage("huge, header: parameter 'B' has size [1000000000]: more than 1048576 values a record,"
                            + " which Heliodeck refuses");
        }
        assertRead(new HapiBinaryReader(), "long", utf8(HEADER.replace("\"length\": 24", "\"length\": 2000000000")))
                .hasMessage("long, header: parameter 'Time' has length 2000000000; lengths from 1 to 65536 bytes are"
                        + " supported");
        assertRead(new HapiBinaryReader(), "overflow", utf8(HEADER.replace("[2]", "[1024, 1024, 1024, 1024]")))
                .hasMessageContaining("more than 1048576 values a record");
    }

    @Test
    void headersThatCannotDescribeRecords() {
        assertRead(new HapiCsvReader(), "notime.csv", utf8(HEADER.replace("isotime", "double")))
                .hasMessage("notime.csv, header: the first parameter, 'Time', is not a scalar isotime: HAPI data start"
                        + " with the time");
        assertRead(new HapiBinaryReader(), "nolength.binary", utf8(HEADER.replace("\"length\": 24", "\"x\": 1")))
                .hasMessage("nolength.binary, header: parameter 'Time' has no length, without which binary records"
                        + " cannot be read");
        assertRead(new HapiCsvReader(), "bins.csv", utf8(HEADER.replace("\"size\": [2]",
                "\"size\": [2], \"bins\": [{\"name\": \"e\", \"centers\": \"nowhere\"}]")))
                .hasMessage("bins.csv, header: parameter 'B' bins 'e' centers name parameter 'nowhere', which the"
                        + " header does not list");
        assertRead(new HapiCsvReader(), "fill.csv", utf8(HEADER.replace("\"-1e31\"", "\"none\"")))
                .hasMessage("fill.csv, header: parameter 'B' has fill value 'none', which is not a number");
    }

    @Test
    void dataWithoutHeaderOrInfo() {
        assertRead(new HapiCsvReader(), "bare.csv", utf8("2020-01-01T00:00:00.000Z,1,2\n"))
                .hasMessage("bare.csv, line 1: no HAPI header (lines starting with #) and no info given: the parameters"
                        + " are unknown");
    }

    @Test
    void jsonRowsThatDoNotMatchTheHeader() {
        String head = "{\"HAPI\": \"3.3\", \"parameters\": [{\"name\": \"Time\", \"type\": \"isotime\", \"units\": \"UTC\","
                + " \"fill\": null, \"length\": 24}, {\"name\": \"B\", \"type\": \"double\", \"units\": \"nT\","
                + " \"fill\": null, \"size\": [2]}],\n\"data\": [\n";
        assertRead(new HapiJsonReader(), "short.json", utf8(head + "[\"2020-01-01T00:00:00.000Z\", [1]]]}"))
                .hasMessage("short.json, data row 1 (JSON line 3): parameter 'B' has 1 values where its size says 2");
        assertRead(new HapiJsonReader(), "long.json", utf8(head + "[\"2020-01-01T00:00:00.000Z\", [1, 2, 3]]]}"))
                .hasMessage("long.json, data row 1 (JSON line 3): parameter 'B' has more values than its size, 2");
        assertRead(new HapiJsonReader(), "text.json", utf8(head + "[\"2020-01-01T00:00:00.000Z\", [1, \"x\"]]]}"))
                .hasMessage("text.json, data row 1 (JSON line 3): 'x' is not a number (parameter 'B')");
        assertRead(new HapiJsonReader(), "cut.json", utf8(head + "[\"2020-01-01T00:00:00.000Z\", [1, 2"))
                .hasMessage("cut.json, JSON line 3, column 35: not HAPI JSON: Unexpected end-of-input: expected close marker"
                        + " for Array");
        assertRead(new HapiJsonReader(), "time.json", utf8(head + "[1577836800, [1, 2]]]}"))
                .hasMessage("time.json, data row 1 (JSON line 3): not an array starting with a time string");
    }

    @Test
    void jsonBytesThatLookLikeAnotherEncodingAreNotJson() {
        // Zero bytes first make the parser guess UTF-32: damaged files found by the mutation property.
        assertRead(new HapiJsonReader(), "ucs4.json", new byte[] {0, 0, 0, '{', '"', 'G', 'A', 'P'})
                .hasMessageContaining("not HAPI JSON: not UTF-8 text");
        assertRead(new HapiJsonReader(), "odd.json", new byte[] {0, 0, '{', 0, '"', 0, 0, 0})
                .hasMessageContaining("not HAPI JSON: not UTF-8 text");
    }

    @Test
    void jsonDataBeforeItsParametersIsHeldUntilTheyCome() throws IOException {
        String json = "{\"data\": [[\"2020-01-01T00:00:00.000Z\", 1.5]], \"HAPI\": \"3.3\", \"parameters\": ["
                + "{\"name\": \"Time\", \"type\": \"isotime\", \"units\": \"UTC\", \"fill\": null, \"length\": 24},"
                + "{\"name\": \"x\", \"type\": \"double\", \"units\": null, \"fill\": null}]}";

        HapiTable table = new HapiJsonReader().read(new ByteArrayInputStream(utf8(json)), "late.json");

        assertThat(((NumericColumn) table.columns().getFirst()).values().get(0, 0)).isEqualTo(1.5);
    }

    @Test
    void codecsNameTheFile() throws IOException {
        Path file = SharedData.file("hapi/HAPI_ndData_TimeVarying_Axis.csv");

        assertThatThrownBy(() -> new HapiCsvCodec().read(file))
                .isInstanceOf(DataFormatException.class)
                .satisfies(e -> assertThat(((DataFormatException) e).source()).isEqualTo(file.toString()))
                .satisfies(e -> assertThat(((DataFormatException) e).location()).isEqualTo("line 69"));
    }
}
