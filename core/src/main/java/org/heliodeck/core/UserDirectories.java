package org.heliodeck.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Heliodeck keeps its files: configuration, a cache that may be deleted at any time, and
 * data the user made (catalogs, models). Each follows the platform's convention unless the
 * environment names it: {@code HELIODECK_CONFIG_DIR}, {@code HELIODECK_CACHE_DIR},
 * {@code HELIODECK_DATA_DIR}. Tests set all three so that nothing touches a real user's files.
 */
public record UserDirectories(Path config, Path cache, Path data) {

    public static final String CONFIG_ENV = "HELIODECK_CONFIG_DIR";
    public static final String CACHE_ENV = "HELIODECK_CACHE_DIR";
    public static final String DATA_ENV = "HELIODECK_DATA_DIR";

    /** The directories of the running process's user and environment. */
    public static UserDirectories current() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The directories for a given environment, operating system name and home directory. */
    public static UserDirectories resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path config;
        Path cache;
        Path data;
        if (os.startsWith("windows")) {
            Path roaming = pathOr(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            config = roaming.resolve("Heliodeck");
            data = local.resolve("Heliodeck").resolve("data");
            cache = local.resolve("Heliodeck").resolve("cache");
        } else if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            config = library.resolve("Application Support").resolve("Heliodeck");
            data = config.resolve("data");
            cache = library.resolve("Caches").resolve("Heliodeck");
        } else {
            // XDG base directories, as on Linux and the BSDs.
            config = pathOr(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("heliodeck");
            cache = pathOr(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("heliodeck");
            data = pathOr(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("heliodeck");
        }
        return new UserDirectories(
                pathOr(env, CONFIG_ENV, config), pathOr(env, CACHE_ENV, cache), pathOr(env, DATA_ENV, data));
    }

    private static Path pathOr(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // XDG asks that relative paths be ignored; the same rule keeps a stray "." from scattering files.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
