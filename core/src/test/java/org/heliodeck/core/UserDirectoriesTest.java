package org.heliodeck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDirectoriesTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void followsXdgOnLinux() {
        UserDirectories dirs = UserDirectories.resolve(Map.of("XDG_CACHE_HOME", "/fast/cache"), "Linux", home);
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ada/.config/heliodeck"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/fast/cache/heliodeck"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/ada/.local/share/heliodeck"));
    }

    @Test
    void followsPlatformConventionsOnMacAndWindows() {
        UserDirectories mac = UserDirectories.resolve(Map.of(), "Mac OS X", home);
        assertThat(mac.config()).isEqualTo(Path.of("/home/ada/Library/Application Support/Heliodeck"));
        assertThat(mac.cache()).isEqualTo(Path.of("/home/ada/Library/Caches/Heliodeck"));
        UserDirectories windows = UserDirectories.resolve(Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), "Windows 11", home);
        assertThat(windows.cache()).isEqualTo(Path.of("/c/Users/ada/AppData/Local/Heliodeck/cache"));
    }

    @Test
    void environmentVariablesOverrideEverythingButRelativePaths() {
        UserDirectories dirs = UserDirectories.resolve(Map.of(
                UserDirectories.CONFIG_ENV, "/tmp/c", UserDirectories.CACHE_ENV, "/tmp/k", UserDirectories.DATA_ENV, "relative"),
                "Linux", home);
        assertThat(dirs.config()).isEqualTo(Path.of("/tmp/c"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/tmp/k"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/ada/.local/share/heliodeck"));
    }

    @Test
    void testsRunWithTheirOwnDirectories() {
        // The build points every test at target/test-home so that no test touches a real user's files.
        assertThat(UserDirectories.current().config().toString()).contains("test-home");
        assertThat(UserDirectories.current().cache().toString()).contains("test-home");
        assertThat(UserDirectories.current().data().toString()).contains("test-home");
    }
}
