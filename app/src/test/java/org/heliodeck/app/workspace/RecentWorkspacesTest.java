package org.heliodeck.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent workspaces list: order, no duplicates, gone files pruned, at most ten. */
class RecentWorkspacesTest {

    @TempDir
    Path dir;

    @Test
    void mostRecentFirstWithoutDuplicates() throws IOException {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("config/" + RecentWorkspaces.FILE_NAME));
        Path a = workspace("a");
        Path b = workspace("b");

        recent.add(a);
        recent.add(b);
        recent.add(dir.resolve("x/../a.json"));

        assertThat(recent.list()).containsExactly(a, b);
        assertThat(new RecentWorkspaces(recent.file()).list()).as("kept in the file").containsExactly(a, b);
    }

    @Test
    void filesThatAreGoneArePrunedFromTheListAndTheFile() throws IOException {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve(RecentWorkspaces.FILE_NAME));
        Path a = workspace("a");
        Path b = workspace("b");
        recent.add(a);
        recent.add(b);
        Files.delete(b);

        assertThat(recent.list()).containsExactly(a);
        assertThat(Files.readAllLines(recent.file())).containsExactly(a.toString());
    }

    @Test
    void keepsTheLastTen() throws IOException {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve(RecentWorkspaces.FILE_NAME));
        List<Path> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            added.add(workspace("w" + i));
            recent.add(added.getLast());
        }

        assertThat(recent.list()).hasSize(RecentWorkspaces.LIMIT)
                .containsExactlyElementsOf(added.reversed().subList(0, RecentWorkspaces.LIMIT));
    }

    @Test
    void noFileYetIsAnEmptyList() throws IOException {
        assertThat(new RecentWorkspaces(dir.resolve("none/" + RecentWorkspaces.FILE_NAME)).list()).isEmpty();
    }

    private Path workspace(String name) throws IOException {
        return Files.writeString(dir.resolve(name + ".json"), "{}").toAbsolutePath();
    }
}
