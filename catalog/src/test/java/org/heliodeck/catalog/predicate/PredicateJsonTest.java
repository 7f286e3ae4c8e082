package org.heliodeck.catalog.predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.heliodeck.catalog.Samples;
import org.heliodeck.catalog.predicate.Predicate.Comparison;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.formats.catalog.TscatJsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredicateJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsThePredicateOfATscatExport() throws IOException {
        String json = new TscatJsonCodec().read(Samples.formats(dir, "tscat_export.json")).catalogues().getFirst().predicate().orElseThrow();

        Predicate p = PredicateJson.read(json);

        assertThat(p).isEqualTo(new Comparison(Op.GE, new Operand.Field("start"), new Operand.Text("2010-01-01T00:00:00")));
        assertThat(PredicateJson.write(p)).isEqualTo(json);
    }

    @Test
    void everyKindOfPredicateWritesAndReadsBack() {
        Predicate p = PredicateParser.parse("(rating >= 7 or not has rating) and 'shock' in tags and author ~ 'A.*'"
                + " and bmax > 20.5 and duration > 6 h and shock != false and origin == \"FP\"");

        String json = PredicateJson.write(p);

        assertThat(PredicateJson.read(json)).isEqualTo(p);
        assertThat(json).startsWith("{\"type\":\"All\",\"predicates\":[{\"type\":\"Any\",\"predicates\":[{\"type\":\"Comparison\","
                + "\"op\":\">=\",\"lhs\":{\"type\":\"Field\",\"name\":\"rating\"},\"rhs\":7}");
        assertThat(json).contains("{\"type\":\"In\",\"lhs\":\"shock\",\"rhs\":{\"type\":\"Field\",\"name\":\"tags\"}}",
                "{\"type\":\"Match\",\"lhs\":{\"type\":\"Field\",\"name\":\"author\"},\"rhs\":\"A.*\"}",
                "{\"type\":\"Not\",\"operand\":{\"type\":\"Has\",\"operand\":{\"type\":\"Field\",\"name\":\"rating\"}}}",
                "\"rhs\":20.5", "\"rhs\":21600");
    }

    @Test
    void saysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> PredicateJson.read("{\"type\":\"All\",\"predicates\":[{\"type\":\"Near\"}]}"))
                .hasMessage("predicate.predicates[0]: predicate type 'Near' is not supported"
                        + " (Comparison, Match, In, Not, Has, All, Any, UUID, InCatalogue)");
        assertThatThrownBy(() -> PredicateJson.read("{\"type\":\"InCatalogue\"}"))
                .hasMessage("predicate: 'catalogue_uuid' is missing (null for the events of no catalogue)");
        assertThatThrownBy(() -> PredicateJson.read("{\"type\":\"UUID\",\"uuid\":\"1-2-3-4-5\"}"))
                .hasMessage("predicate.uuid: expected a uuid, found \"1-2-3-4-5\"");
        assertThatThrownBy(() -> PredicateJson.read("{\"type\":\"Comparison\",\"op\":\"=<\",\"lhs\":1,\"rhs\":2}"))
                .hasMessageStartingWith("predicate.op: '=<' is not a comparison operator");
        assertThatThrownBy(() -> PredicateJson.read("{\"type\":\"Not\"}")).hasMessage("predicate: 'operand' is missing");
        assertThatThrownBy(() -> PredicateJson.read("{\"type\":\"Has\",\"operand\":{\"type\":\"Field\",\"name\":\"colour\"}}"))
                .hasMessageStartingWith("predicate.operand: 'colour' is not a field");
        assertThatThrownBy(() -> PredicateJson.read("{nope")).hasMessageStartingWith("the predicate is not JSON");
    }
}
