package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCodecsTest {

    @TempDir
    Path dir;

    @Test
    void theServiceLoaderFindsEachCodecByName() {
        assertThat(CatalogCodecs.all()).extracting(CatalogCodec::name).containsExactly("tscat-json", "amda-votable", "event-csv");
        assertThat(CatalogCodecs.byName("AMDA-VOTABLE")).containsInstanceOf(AmdaVotableCodec.class);
        assertThat(CatalogCodecs.byName("nope")).isEmpty();
    }

    @Test
    void filesAreRecognisedByContent() throws IOException {
        assertThat(CatalogCodecs.forFile(CatalogFiles.sample("amda_catalog.xml"))).containsInstanceOf(AmdaVotableCodec.class);
        assertThat(CatalogCodecs.forFile(CatalogFiles.sample("tscat_export.json"))).containsInstanceOf(TscatJsonCodec.class);
        assertThat(CatalogCodecs.forFile(SharedData.file("catalogs/icme_nguyen2019.csv"))).containsInstanceOf(EventCsvCodec.class);
        Path misnamed = CatalogFiles.write(dir, "table.txt", "<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.3\"/>");
        assertThat(CatalogCodecs.forFile(misnamed)).containsInstanceOf(AmdaVotableCodec.class);
    }

    @Test
    void otherwiseByTheNameEnding() throws IOException {
        Path empty = CatalogFiles.write(dir, "empty.vot", "");
        assertThat(CatalogCodecs.forFile(empty)).containsInstanceOf(AmdaVotableCodec.class);
        Path unknown = CatalogFiles.write(dir, "notes.md", "# notes");
        assertThat(CatalogCodecs.forFile(unknown)).isEmpty();
    }
}
