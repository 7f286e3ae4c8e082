package org.heliodeck.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.heliodeck.app.Product;
import org.heliodeck.app.Theme;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.axis.AutoRange;
import org.heliodeck.plot.series.SeriesRenderer;
import org.heliodeck.plot.series.SeriesStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces written and read back, and the messages for files that cannot be read. */
class WorkspaceFileTest {

    static final Workspace STORM = new Workspace(
            new TimeRange(TimeRange.of("2003-10-27", "2003-11-03").start() + 123_456_789, TimeRange.of("2003-10-27", "2003-11-03").stop()),
            Theme.DARK,
            List.of(
                    new WorkspacePanel(List.of(PlottedProduct.of(new Product("amda", "omni_hro", "b_gse")),
                            new PlottedProduct(new Product("local-omni2", "omni2", "Dst"), Optional.empty(),
                                    Optional.of(new SeriesRenderer(SeriesStyle.STEP, true)))),
                            new YAxis(true, Optional.of(new AutoRange.Range(0.1, 1234.5678901234567)))),
                    new WorkspacePanel(List.of(new PlottedProduct(new Product("cdaweb", "PSP/ISOIS", "H_Flux"), Optional.of("magma_r"), Optional.empty())),
                            YAxis.AUTO)));

    @TempDir
    Path dir;

    @Test
    void aWorkspaceComesBackEqual() throws IOException {
        Path file = dir.resolve("storm" + WorkspaceFile.EXTENSION);

        WorkspaceFile.write(file, STORM);
        LoadedWorkspace loaded = WorkspaceFile.read(file);

        assertThat(loaded.workspace()).isEqualTo(STORM);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, "old");

        WorkspaceFile.write(file, STORM);

        assertThat(WorkspaceFile.read(file).workspace()).isEqualTo(STORM);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void malformedJsonNamesTheFileAndWhere() throws IOException {
        Path file = write("broken.json", "{\"format\": \"heliodeck-workspace\", \"version\": \"1.0\",\n \"panels\": [");

        assertThatThrownBy(() -> WorkspaceFile.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("not JSON");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsPath() throws IOException {
        Path file = edited("typed.json", "\"log\" : true", "\"log\" : \"yes\"");

        assertThatThrownBy(() -> WorkspaceFile.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("field panels[0].yAxis.log")
                .hasMessageContaining("expected true or false, found \"yes\"");

        Path style = edited("style.json", "\"style\" : \"step\"", "\"style\" : \"dots\"");
        assertThatThrownBy(() -> WorkspaceFile.read(style))
                .hasMessageContaining("field panels[0].products[1].style").hasMessageContaining("one of line, step, scatter");
    }

    @Test
    void aMissingFieldAndABadColourMapAreNamed() throws IOException {
        Path missing = edited("missing.json", "\"parameter\" : \"Dst\"", "\"parameter\" : null");
        assertThatThrownBy(() -> WorkspaceFile.read(missing)).hasMessageContaining("field panels[0].products[1].parameter: missing");

        Path colours = edited("colours.json", "magma_r", "rainbow");
        assertThatThrownBy(() -> WorkspaceFile.read(colours))
                .hasMessageContaining("field panels[1].products[0].colorMap")
                .hasMessageContaining("'rainbow'");
    }

    @Test
    void aNewerMajorVersionIsRefused() throws IOException {
        Path file = edited("future.json", "\"1.0\"", "\"2.0\"");

        assertThatThrownBy(() -> WorkspaceFile.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("field version")
                .hasMessageContaining("newer Heliodeck (workspace format 2.0; this one reads 1.x)");
    }

    @Test
    void fieldsOfANewerMinorVersionAreSkippedWithAWarning() throws IOException {
        Path file = edited("minor.json", "\"1.0\"", "\"1.3\"");
        Files.writeString(file, Files.readString(file).replace("\"log\" : true", "\"log\" : true, \"ticks\" : \"dense\""));

        LoadedWorkspace loaded = WorkspaceFile.read(file);

        assertThat(loaded.workspace()).isEqualTo(STORM);
        assertThat(loaded.warnings()).singleElement().asString()
                .contains(file.toString())
                .contains("ignored field panels[0].yAxis.ticks");
    }

    @Test
    void aFileOfAnotherKindIsSaidToBeNoWorkspace() throws IOException {
        Path file = write("other.json", "[1, 2, 3]");

        assertThatThrownBy(() -> WorkspaceFile.read(file)).hasMessageContaining(file + ": not a Heliodeck workspace");
    }

    /** {@link #STORM} written to {@code name}, with the text {@code from} replaced by {@code to}. */
    private Path edited(String name, String from, String to) throws IOException {
        Path file = dir.resolve(name);
        WorkspaceFile.write(file, STORM);
        String json = Files.readString(file);
        assertThat(json).contains(from);
        return Files.writeString(file, json.replace(from, to));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
