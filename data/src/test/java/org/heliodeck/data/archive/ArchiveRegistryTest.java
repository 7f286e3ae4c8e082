package org.heliodeck.data.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRegistryTest {

    @Test
    void addListRemove(@TempDir Path config, @TempDir Path empty) throws IOException {
        Path omni = SharedData.file("omni2-hourly/omni2_2003.dat").getParent();
        ArchiveRegistry registry = new ArchiveRegistry(config);
        assertThat(registry.archives()).isEmpty();
        assertThat(registry.add("omni2", omni).datasets()).containsExactly("omni2_hourly");
        assertThat(new ArchiveRegistry(config).archives()).containsEntry("omni2", omni.toAbsolutePath().normalize());
        assertThatThrownBy(() -> registry.add("omni2", empty)).hasMessageContaining("already points at");
        assertThatThrownBy(() -> registry.add("9lives", omni)).hasMessageContaining("must start with a letter");
        assertThatThrownBy(() -> registry.add("nothing", empty)).hasMessageContaining("holds no data files");
        assertThat(registry.archives()).containsOnlyKeys("omni2");
        assertThat(registry.remove("omni2")).isTrue();
        assertThat(registry.remove("omni2")).isFalse();
        assertThat(registry.archives()).isEmpty();
    }

    @Test
    void aDescriptionFileCanBeRegistered(@TempDir Path config, @TempDir Path dir) throws IOException {
        ArchiveTrees.pspTree(dir);
        Path description = ArchiveTrees.describe(dir, java.util.Map.of("dataset", "psp_mag", "pattern", ArchiveTrees.PATTERN));
        ArchiveRegistry registry = new ArchiveRegistry(config);
        assertThat(registry.add("psp", description).datasets()).containsExactly("psp_mag");
        assertThat(registry.archives()).containsEntry("psp", description.toAbsolutePath().normalize());
    }
}
