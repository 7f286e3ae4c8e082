package org.heliodeck.formats.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HapiCodecTest {

    @Test
    void theThreeCodecsAreRegistered() {
        assertThat(Codecs.byName("hapi-csv")).containsInstanceOf(HapiCsvCodec.class);
        assertThat(Codecs.byName("hapi-binary")).containsInstanceOf(HapiBinaryCodec.class);
        assertThat(Codecs.byName("hapi-json")).containsInstanceOf(HapiJsonCodec.class);
        assertThat(Codecs.byName("hapi-json").orElseThrow().writes()).isTrue();
    }

    @Test
    void samplesAreRecognisedByTheirContent() throws IOException {
        Map<String, String> expected = Map.of(
                "HAPI_sample_csv.csv", "hapi-csv",
                "HAPI_sample_csv_multiple_vars.csv", "hapi-csv",
                "HAPI_ndData_TimeIndependent_Axis.csv", "hapi-csv",
                "HAPI_ndData_TimeVarying_Axis.csv", "hapi-csv",
                "HAPI_amda_imf_all.binary", "hapi-binary",
                "HAPI_ndData_TimeIndependent_Axis.binary", "hapi-binary",
                "HAPI_ndData_TimeVarying_Axis.binary", "hapi-binary",
                "HAPI_sample_TestData3.3.binary", "hapi-binary");
        for (Map.Entry<String, String> sample : expected.entrySet()) {
            Path file = SharedData.file("hapi/" + sample.getKey());
            byte[] head = head(file);

            assertThat(Codecs.forFile(file)).map(DataCodec::name).as(sample.getKey()).contains(sample.getValue());
            // Content decides, not the name.
            assertThat(HapiContent.of("renamed.txt", head)).map(c -> c.name().toLowerCase())
                    .contains(sample.getValue().substring(5));
        }
    }

    @Test
    void jsonIsRecognisedByItsHapiMember(@TempDir Path dir) throws IOException {
        Path info = SharedData.file("services/cdaweb-hapi/bh_info_AC_K2_MFI.json");
        assertThat(new HapiJsonCodec().recognises("x.json", head(info))).isTrue();
        assertThatThrownBy(() -> new HapiJsonCodec().read(info))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no 'data' array");

        Path data = dir.resolve("data.json");
        new HapiJsonCodec().write(new HapiCsvCodec().read(SharedData.file("hapi/HAPI_sample_csv.csv")), data);
        assertThat(Codecs.forFile(data)).map(DataCodec::name).contains("hapi-json");
    }

    @Test
    void otherFilesAreNotClaimed() {
        byte[] plainCsv = "time,value\n2020-01-01,1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] comment = "# produced by a tool\n1,2\n".getBytes(StandardCharsets.US_ASCII);
        byte[] otherJson = "{\"catalogues\": [], \"events\": []}".getBytes(StandardCharsets.US_ASCII);
        for (DataCodec codec : new DataCodec[] {new HapiCsvCodec(), new HapiBinaryCodec(), new HapiJsonCodec()}) {
            assertThat(codec.recognises("a.csv", plainCsv)).isFalse();
            assertThat(codec.recognises("a.csv", comment)).isFalse();
            assertThat(codec.recognises("a.json", otherJson)).isFalse();
            assertThat(codec.recognises("a.csv", new byte[0])).isFalse();
        }
    }

    @Test
    void aHeaderLongerThanTheHeadIsJudgedByTheName() {
        StringBuilder header = new StringBuilder("#{\"HAPI\": \"3.3\", \"description\": \"");
        header.append("x".repeat(5000)).append("\",\n");
        byte[] head = java.util.Arrays.copyOf(header.toString().getBytes(StandardCharsets.US_ASCII), Codecs.HEAD_BYTES);

        assertThat(HapiContent.of("big.binary", head)).contains(HapiContent.BINARY);
        assertThat(HapiContent.of("big.bin", head)).contains(HapiContent.BINARY);
        assertThat(HapiContent.of("big.csv", head)).contains(HapiContent.CSV);
    }

    @Test
    void textWithUtf8IsNotMistakenForBinary() {
        byte[] head = "#{\"HAPI\": \"3.3\"}\n2020-01-01T00:00:00Z,\"µ-métré\",1\n".getBytes(StandardCharsets.UTF_8);

        assertThat(HapiContent.of("x", head)).contains(HapiContent.CSV);
        // Cut inside the two bytes of "µ": still text.
        int cut = new String(head, StandardCharsets.UTF_8).indexOf('µ') + 1;
        assertThat(HapiContent.of("x", java.util.Arrays.copyOf(head, cut))).contains(HapiContent.CSV);
    }

    private static byte[] head(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return java.util.Arrays.copyOf(all, Math.min(all.length, Codecs.HEAD_BYTES));
    }
}
