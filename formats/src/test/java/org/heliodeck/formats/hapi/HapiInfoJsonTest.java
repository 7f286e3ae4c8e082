package org.heliodeck.formats.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;

class HapiInfoJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static HapiInfo parse(Path file) throws IOException {
        return HapiInfoJson.parse(Files.readString(file), file.toString(), "");
    }

    @Test
    void readsA31InfoOfCdawebsPrototypeServer() throws IOException {
        HapiInfo info = parse(SharedData.file("services/cdaweb-hapi/bh_info_AC_H2_MFI.json"));

        assertThat(info.version()).isEqualTo("3.1");
        assertThat(info.startDate()).contains("1997-09-02T00:00:00.000");
        assertThat(info.stopDate()).contains("2022-10-05T14:37:51.495Z");
        assertThat(info.text("cadence")).contains("PT1H");
        assertThat(info.text("time")).contains("Epoch");
        assertThat(info.extras()).containsKeys("x_SPDF_CAVEAT", "additionalMetadata", "x_SPDF_INVENTORY");
        assertThat(info.parameters()).extracting(HapiParameter::name)
                .containsExactly("Magnitude", "BGSEc", "BGSM", "SC_pos_GSE", "SC_pos_GSM");
        HapiParameter gse = info.parameter("BGSEc").orElseThrow();
        assertThat(gse.type()).isEqualTo("unknown");
        assertThat(gse.knownType()).isEmpty();
        assertThat(gse.size()).containsExactly(3);
        assertThat(gse.units()).containsExactly("nT");
        assertThat(gse.label()).containsExactly("x_component", "y_component", "z_component");
        assertThat(gse.fill()).contains("-1.0e+31");
        assertThat(gse.extras()).containsEntry("x_SPDF_VALIDMIN", "\"-65534.0\"");
        assertThat(info.parameter("Magnitude").orElseThrow().label()).containsExactly("B");

        // Its parameters can be described but not read: there is no time and no HAPI type.
        assertThatThrownBy(() -> HapiLayout.of(info, "bh_info_AC_H2_MFI.json", "info"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("parameter 'Magnitude' has type 'unknown'");
    }

    @Test
    void readsThe32AceInfosOfCdaweb() throws IOException {
        Path file = SharedData.file("services/cdaweb-hapi/nl_all_info_AC.json");
        JsonNode all = JSON.readTree(file.toFile());
        List<HapiInfo> infos = new ArrayList<>();
        for (JsonNode entry : all) {
            infos.add(HapiInfoJson.parse(entry.get("info").toString(), file.toString(), entry.get("id").asText()));
        }

        assertThat(infos).hasSize(32);
        assertThat(infos.stream().mapToInt(i -> i.parameters().size()).sum()).isEqualTo(936);
        for (HapiInfo info : infos) {
            HapiParameter time = info.parameters().getFirst();
            assertThat(time.knownType()).contains(HapiType.ISOTIME);
            assertThat(time.length()).hasValue(24);
            assertThat(time.fill()).isEmpty();
            HapiLayout.of(info, file.toString(), "info");
        }
        HapiInfo h0 = infos.get(1);
        assertThat(h0.version()).isEqualTo("2.0");
        assertThat(h0.parameters()).extracting(HapiParameter::name).containsExactly("Time", "Magnitude", "BGSEc",
                "BGSM", "dBrms", "SC_pos_GSE", "SC_pos_GSM");
        assertThat(h0.text("contact")).contains("N. Ness @ Bartol Research Institute");
        HapiParameter flags = infos.stream().flatMap(i -> i.parameter("qflagsC").stream()).findFirst().orElseThrow();
        assertThat(flags.knownType()).contains(HapiType.INTEGER);
        assertThat(flags.size()).containsExactly(3);
        assertThat(flags.fill()).contains("-1");
    }

    @Test
    void writesEveryInfoBackToTheSameInfo() throws IOException {
        List<HapiInfo> infos = new ArrayList<>();
        for (String name : List.of("bh_info_AC_H2_MFI.json", "bh_info_AC_K2_MFI.json")) {
            infos.add(parse(SharedData.file("services/cdaweb-hapi/" + name)));
        }
        Path all = SharedData.file("services/cdaweb-hapi/nl_all_info_AC.json");
        for (JsonNode entry : JSON.readTree(all.toFile())) {
            infos.add(HapiInfoJson.parse(entry.get("info").toString(), all.toString(), ""));
        }
        for (String sample : List.of("HAPI_sample_csv.csv", "HAPI_ndData_TimeVarying_Axis.binary",
                "HAPI_ndData_TimeIndependent_Axis.csv", "HAPI_amda_imf_all.binary", "HAPI_sample_TestData3.3.binary")) {
            Path file = SharedData.file("hapi/" + sample);
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                infos.add(HapiHeader.read(in, file.toString()).info().orElseThrow());
            }
        }

        for (HapiInfo info : infos) {
            String written = HapiInfoJson.toJson(info);
            assertThat(HapiInfoJson.parse(written, "written", "")).isEqualTo(info);
            assertThat(HapiInfoJson.parse(HapiInfoJson.toCompactJson(info), "written", "")).isEqualTo(info);
        }
    }

    @Test
    void keepsUnknownMembersAsTheyWere() throws IOException {
        Path file = SharedData.file("services/cdaweb-hapi/bh_info_AC_H2_MFI.json");
        JsonNode original = JSON.readTree(file.toFile());

        JsonNode written = JSON.readTree(HapiInfoJson.toJson(parse(file)));

        assertThat(written.get("x_SPDF_INVENTORY")).isEqualTo(original.get("x_SPDF_INVENTORY"));
        assertThat(written.get("additionalMetadata")).isEqualTo(original.get("additionalMetadata"));
        assertThat(written.get("parameters").get(1).get("label")).isEqualTo(original.get("parameters").get(1).get("label"));
        assertThat(written.get("parameters").get(1).get("x_SPDF_VALIDMAX"))
                .isEqualTo(original.get("parameters").get(1).get("x_SPDF_VALIDMAX"));
    }

    @Test
    void readsTheBinsOfTimeVaryingAndConstantAxes() throws IOException {
        Path file = SharedData.file("hapi/HAPI_ndData_TimeVarying_Axis.binary");
        HapiInfo info;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            info = HapiHeader.read(in, file.toString()).info().orElseThrow();
        }

        HapiBins constant = info.parameter("spectra").orElseThrow().bins().getFirst();
        assertThat(constant.name()).isEqualTo("frequency");
        assertThat(constant.units()).contains("Hz");
        assertThat(constant.centers()).contains(new HapiBins.Constant(List.of(1.0, 3.0, 5.0, 7.0, 9.0, 11.0, 13.0,
                15.0, 17.0, 19.0)));
        assertThat(((HapiBins.Constant) constant.ranges().orElseThrow()).values()).startsWith(0.0, 2.0, 2.0, 4.0);
        HapiBins varying = info.parameter("spectra_time_dependent_bins").orElseThrow().bins().getFirst();
        assertThat(varying.centers()).contains(new HapiBins.Reference("frequency_centers_time_varying"));
        assertThat(varying.ranges()).contains(new HapiBins.Reference("frequency_ranges_time_varying"));
        assertThat(info.text("unitsSchema")).contains("udunits2");
    }

    @Test
    void toleratesTheSpellingsOfEarlierAndLaterVersions() {
        String json = """
                {"HAPI": "3.3", "status": {"code": 1200, "message": "OK", "x_took": 3},
                 "definitions": {"energy": {"name": "energy", "units": "keV", "centers": [1, 2, null]},
                                 "keV": "keV"},
                 "parameters": [
                   {"name": "Time", "type": "isotime", "units": "UTC", "fill": null, "length": 20},
                   {"name": "flux", "type": "double", "units": [["a", "b"], ["c", {"$ref": "#/definitions/keV"}], ["e", null]],
                    "fill": -1e31, "size": [3, 2], "bins": [{"$ref": "#/definitions/energy"}, {"name": "angle",
                    "units": ["deg"], "ranges": [[0, 90], [90, 180]]}]},
                   {"name": "count", "type": "integer", "units": null, "fill": "-1", "size": 3},
                   {"name": "mode", "type": "string", "units": null, "fill": null, "length": 8, "stringType": {"uri": {}}}
                 ],
                 "startDate": "2020-001Z", "stopDate": "2020-002Z", "x_custom": [1, {"a": 2}]}
                """;

        HapiInfo info = HapiInfoJson.parse(json, "test", "");

        assertThat(info.status()).contains(new HapiStatus(1200, "OK", java.util.Map.of("x_took", "3")));
        HapiParameter flux = info.parameter("flux").orElseThrow();
        assertThat(flux.units()).containsExactly("a", "b", "c", "keV", "e", "");
        assertThat(flux.fill()).contains("-1.0E31");
        assertThat(flux.bins()).hasSize(2);
        assertThat(flux.bins().get(0).name()).isEqualTo("energy");
        assertThat(((HapiBins.Constant) flux.bins().get(0).centers().orElseThrow()).values())
                .containsExactly(1.0, 2.0, Double.NaN);
        assertThat(flux.bins().get(1).units()).contains("deg");
        assertThat(flux.bins().get(1).centers()).isEmpty();
        assertThat(info.parameter("count").orElseThrow().size()).containsExactly(3);
        assertThat(info.parameter("mode").orElseThrow().extras()).containsEntry("stringType", "{\"uri\":{}}");
        assertThat(info.extras()).containsEntry("x_custom", "[1,{\"a\":2}]").containsKey("definitions");
        HapiLayout.of(info, "test", "");

        String written = HapiInfoJson.toJson(info);
        assertThat(written).contains("[ [ \"a\", \"b\" ], [ \"c\", \"keV\" ], [ \"e\", \"\" ] ]");
        assertThat(HapiInfoJson.parse(written, "written", "")).isEqualTo(info);
    }

    @Test
    void refusesCyclicReferences() {
        String json = """
                {"HAPI": "3.3", "definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}},
                 "parameters": [{"$ref": "#/definitions/a"}]}
                """;

        assertThatThrownBy(() -> HapiInfoJson.parse(json, "cyclic.json", ""))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("cyclic.json: $ref: ")
                .hasMessageContaining("a cycle?");
    }

    @Test
    void refusesWhatIsNotAnInfo() {
        assertThatThrownBy(() -> HapiInfoJson.parse("{\"HAPI\": \"3.3\", \"parameters\": [", "cut.json", "header"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("cut.json, header: the HAPI header is not JSON: ")
                .hasMessageContaining("JSON line 1");
        assertThatThrownBy(() -> HapiInfoJson.parse("[1, 2]", "array.json", ""))
                .hasMessage("array.json: the HAPI header is not a JSON object");
        assertThatThrownBy(() -> HapiInfoJson.parse("{\"parameters\": [{\"name\": \"x\"}]}", "untyped.json", ""))
                .hasMessage("untyped.json: parameters[0] ('x'): has no type");
        assertThatThrownBy(() -> HapiInfoJson.parse(
                "{\"parameters\": [{\"name\": \"x\", \"type\": \"double\", \"size\": [2.5]}]}", "size.json", ""))
                .hasMessageContaining("parameters[0] ('x').size[0]: '2.5' is not an integer");
    }

    @Test
    void selectsTheParametersOfARequest() throws IOException {
        Path all = SharedData.file("services/cdaweb-hapi/nl_all_info_AC.json");
        JsonNode h0 = JSON.readTree(all.toFile()).get(1).get("info");
        HapiInfo info = HapiInfoJson.parse(h0.toString(), all.toString(), "");

        HapiInfo selected = info.select(List.of("SC_pos_GSE", "Magnitude"));

        assertThat(selected.parameters()).extracting(HapiParameter::name)
                .containsExactly("Time", "Magnitude", "SC_pos_GSE");
        assertThatThrownBy(() -> info.select(List.of("Bogus")))
                .hasMessage("the dataset has no parameter 'Bogus'");
    }

    @Test
    void parameterJsonRoundTrips() {
        HapiParameter p = HapiParameter.of("B", HapiType.DOUBLE, "nT", Optional.of("-1e31"), 3)
                .withLabel(List.of("Bx", "By", "Bz"));

        String json = HapiInfoJson.toJson(p);

        assertThat(json).isEqualTo("{\"name\":\"B\",\"type\":\"double\",\"units\":\"nT\",\"size\":[3],\"fill\":\"-1e31\","
                + "\"label\":[\"Bx\",\"By\",\"Bz\"]}");
        assertThat(HapiInfoJson.parseParameter(json, "test", "")).isEqualTo(p);
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(json);
    }
}
