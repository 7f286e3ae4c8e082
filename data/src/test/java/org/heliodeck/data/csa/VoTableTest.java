package org.heliodeck.data.csa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.heliodeck.core.io.DataFormatException;
import org.junit.jupiter.api.Test;

class VoTableTest {

    private static final String HEAD = "<VOTABLE version=\"1.3\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\"><RESOURCE>"
            + "<TABLE><FIELD name=\"Dataset_ID\" datatype=\"char\"/><FIELD name=\"units\" datatype=\"char\"/>";

    @Test
    void readsColumnsByLowerCaseNameAndCellsAsText() throws IOException {
        try (InputStream in = VoTableTest.class.getResourceAsStream("/csa/parameters.xml")) {
            VoTable table = VoTable.read(in, "parameters.xml");

            assertThat(table.columns()).startsWith("parameter_id", "dataset_id", "caption");
            assertThat(table.rows()).hasSize(8);
            assertThat(table.rows().getFirst()).containsEntry("parameter_id", "B_vec_xyz_gse__C1_CP_FGM_SPIN")
                    .containsEntry("units", "nT").containsEntry("coordinate_system", "GSE");
        }
    }

    @Test
    void emptyCellsAndEntitiesAreRead() {
        VoTable table = read(HEAD + "<DATA><TABLEDATA><TR><TD>A&amp;B</TD><TD/></TR></TABLEDATA></DATA></TABLE>"
                + "</RESOURCE></VOTABLE>");

        assertThat(table.rows()).containsExactly(Map.of("dataset_id", "A&B", "units", ""));
    }

    @Test
    void binarySerializationIsRefusedWithTheFormatToAskFor() {
        assertThatThrownBy(() -> read(HEAD + "<DATA><BINARY><STREAM encoding=\"base64\">AAAA</STREAM></BINARY></DATA>"
                + "</TABLE></RESOURCE></VOTABLE>"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("only TABLEDATA (FORMAT=votable_plain)");
    }

    @Test
    void rowWithTooFewCellsIsNamed() {
        assertThatThrownBy(() -> read(HEAD + "<DATA><TABLEDATA><TR><TD>x</TD></TR></TABLEDATA></DATA></TABLE>"
                + "</RESOURCE></VOTABLE>"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("row 1").hasMessageContaining("1 cells for 2");
    }

    @Test
    void malformedXmlIsNamedWithItsLine() {
        assertThatThrownBy(() -> read("<VOTABLE>\n<RESOURCE>\n<TABLE></RESOURCE>"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("not well-formed XML")
                .hasMessageContaining("line 3");
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE VOTABLE [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + HEAD + "<DATA><TABLEDATA><TR><TD>&secret;</TD><TD/></TR></TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>";

        assertThatThrownBy(() -> read(xxe)).isInstanceOf(DataFormatException.class);
    }

    private static VoTable read(String xml) {
        return VoTable.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
