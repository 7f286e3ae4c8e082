package org.heliodeck.data.csa;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.data.FetchContext;

/**
 * The answer to a CSA product request: a gzip'ed tar package ({@code .tgz}) holding the dataset's
 * CDF files, and perhaps other files (caveats, README), which are passed over. The CDF files are
 * written to a folder as the package streams in, since the CDF reader reads files.
 *
 * <p>No data is told in one of three ways, all read as an empty list: an empty body, a package
 * without CDF files, or a short text answer (not gzip) that says there is no data.
 */
final class CsaPackage {

    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;
    private static final int EXCERPT_BYTES = 300;
    private static final Pattern NO_DATA = Pattern.compile("(?i)\\bno\\s+(data|files?|products?|results?)\\b");

    private CsaPackage() {}

    /**
     * The CDF files of the package, written into {@code folder} in the package's order.
     *
     * @throws DataFormatException when the answer is neither a gzip'ed tar package nor a "no data" text
     * @throws java.io.EOFException when the package is truncated
     */
    static List<Path> extract(InputStream body, Path folder, String source, FetchContext context) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first < 0) {
            return List.of();
        }
        if (first != GZIP_MAGIC_0 || second != GZIP_MAGIC_1) {
            String text = new String(in.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
            if (NO_DATA.matcher(text).find()) {
                return List.of();
            }
            throw new DataFormatException(source, "", "the answer is not a gzip'ed tar package but: " + excerpt(text));
        }
        GZIPInputStream gzip = new GZIPInputStream(in, 1 << 16);
        TarReader tar = new TarReader(gzip, source);
        List<Path> files = new ArrayList<>();
        for (Optional<TarReader.Entry> entry = tar.next(); entry.isPresent(); entry = tar.next()) {
            context.checkNotCancelled();
            if (entry.get().name().toLowerCase(Locale.ROOT).endsWith(".cdf")) {
                // Files are named by their order: entry names come from the server and are not trusted as paths.
                Path file = folder.resolve(String.format(Locale.ROOT, "%04d.cdf", files.size()));
                try (OutputStream out = Files.newOutputStream(file)) {
                    tar.content().transferTo(out);
                }
                files.add(file);
            }
        }
        // The rest (the tar's end blocks) is read so that the gzip trailer's CRC and length are checked.
        gzip.transferTo(OutputStream.nullOutputStream());
        return files;
    }

    private static String excerpt(String text) {
        String line = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.isEmpty() ? "(blank)" : line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
