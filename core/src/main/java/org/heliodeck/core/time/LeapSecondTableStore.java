package org.heliodeck.core.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.heliodeck.core.UserDirectories;

/**
 * Which leap-second table is in force: one the user installed in the configuration directory, else
 * the file named by {@code CDF_LEAPSECONDSTABLE} (the variable the NASA CDF library reads), else the
 * bundled table. A new leap second thus needs no new Heliodeck release.
 */
public final class LeapSecondTableStore {

    /** The name of the installed table in the configuration directory. */
    public static final String FILE_NAME = "leap-seconds.txt";
    public static final String CDF_ENV = "CDF_LEAPSECONDSTABLE";

    private static final System.Logger LOG = System.getLogger(LeapSecondTableStore.class.getName());

    private final Path installed;
    private final String cdfVariable;

    public LeapSecondTableStore(Path configDirectory, Map<String, String> env) {
        this.installed = configDirectory.resolve(FILE_NAME);
        this.cdfVariable = env.get(CDF_ENV);
    }

    /** The store of the running process's user. */
    public static LeapSecondTableStore forUser() {
        return new LeapSecondTableStore(UserDirectories.current().config(), System.getenv());
    }

    /** Where an installed table lives. */
    public Path installedPath() {
        return installed;
    }

    /**
     * The table in force. A table that cannot be read is reported in the log and passed over, so
     * that a damaged file never stops the application; {@link #install} refuses such files.
     */
    public LeapSecondTable current() {
        if (Files.isRegularFile(installed)) {
            LeapSecondTable table = tryLoad(installed);
            if (table != null) {
                return table;
            }
        }
        if (cdfVariable != null && !cdfVariable.isBlank() && Files.isRegularFile(Path.of(cdfVariable))) {
            LeapSecondTable table = tryLoad(Path.of(cdfVariable));
            if (table != null) {
                return table;
            }
        }
        return LeapSecondTable.bundled();
    }

    /**
     * Checks a table file and installs it for later runs; returns the table read.
     *
     * @throws IllegalArgumentException if the file is not a valid table (nothing is installed)
     */
    public LeapSecondTable install(Path source) {
        LeapSecondTable table = LeapSecondTable.load(source);
        if (table.lastChange().isBefore(LeapSecondTable.bundled().lastChange())) {
            throw new IllegalArgumentException(source + " ends at " + table.lastChange()
                    + ", before the bundled table (" + LeapSecondTable.bundled().lastChange() + "): not installed");
        }
        try {
            Files.createDirectories(installed.getParent());
            Path tmp = Files.createTempFile(installed.getParent(), FILE_NAME, ".tmp");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, installed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + source + " as " + installed + ": " + e.getMessage(), e);
        }
        return table;
    }

    private static LeapSecondTable tryLoad(Path file) {
        try {
            return LeapSecondTable.load(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "ignoring leap-second table " + file + ": " + e.getMessage());
            return null;
        }
    }
}
