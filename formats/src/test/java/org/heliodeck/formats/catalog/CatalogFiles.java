package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files: the samples beside the tests, and files written for one test. */
final class CatalogFiles {

    private CatalogFiles() {}

    static Path sample(String name) {
        try {
            return Path.of(CatalogFiles.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
