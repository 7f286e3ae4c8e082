package org.heliodeck.data.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.http.HttpFailure;
import org.heliodeck.data.http.HttpGetter;
import org.heliodeck.data.http.HttpSettings;

/**
 * An archive's files on a web server that lists its folders as HTML index pages (Apache's and
 * nginx's autoindex, as SPDF and most mission archives serve them). A file or folder answered with
 * 404 is absent, not an error: archives have gaps.
 */
final class HttpTree implements FileTree {

    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    private final URI root;
    private final HttpSettings settings;

    HttpTree(URI root, HttpSettings settings) {
        this.root = HttpGetter.directory(root);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public boolean isRemote() {
        return true;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public Visit visit(FetchContext context) throws IOException {
        return new HttpVisit(context, Files.createTempDirectory("heliodeck-archive"));
    }

    /** The names an index page links to directly below its folder, folders ending in {@code /}. */
    static List<String> linkedNames(URI folder, String page) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = HREF.matcher(page);
        while (m.find()) {
            URI target;
            try {
                target = folder.resolve(new URI(m.group(1).replace("&amp;", "&")));
            } catch (URISyntaxException | IllegalArgumentException notALink) {
                continue;
            }
            String path = target.getPath();
            if (target.getQuery() != null || path == null || !Objects.equals(target.getAuthority(), folder.getAuthority())
                    || !path.startsWith(folder.getPath())) {
                continue;
            }
            String rest = path.substring(folder.getPath().length());
            int slash = rest.indexOf('/');
            if (!rest.isEmpty() && (slash < 0 || slash == rest.length() - 1)) {
                names.add(rest);
            }
        }
        return List.copyOf(names);
    }

    private static boolean absent(HttpFailure failure) {
        int status = failure.httpStatus().orElse(0);
        return status == 404 || status == 410;
    }

    private final class HttpVisit implements Visit {

        private final FetchContext context;
        private final Path downloads;
        private final HttpGetter http = new HttpGetter(settings);
        /** Listings already read in this visit: the files of a folder are looked for once per fetch. */
        private final Map<String, List<String>> listings = new HashMap<>();

        HttpVisit(FetchContext context, Path downloads) {
            this.context = context;
            this.downloads = downloads;
        }

        @Override
        public List<String> list(String folder) throws IOException {
            List<String> known = listings.get(folder);
            if (known != null) {
                return known;
            }
            URI uri = resolve(folder);
            List<String> names;
            try {
                names = http.get(uri, context, (body, type) -> linkedNames(uri,
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (HttpFailure e) {
                if (!absent(e)) {
                    throw new HttpFailure("listing " + uri + ": " + e.getMessage(), e.httpStatus().orElse(0), e);
                }
                names = List.of();
            }
            listings.put(folder, names);
            return names;
        }

        @Override
        public Optional<Path> file(String path) throws IOException {
            URI uri = resolve(path);
            Path local = downloads.resolve(Integer.toString(path.hashCode(), 36) + "-" + path.substring(path.lastIndexOf('/') + 1));
            try {
                http.get(uri, context, (InputStream body, String type) -> Files.copy(body, local,
                        StandardCopyOption.REPLACE_EXISTING));
            } catch (HttpFailure e) {
                if (absent(e)) {
                    return Optional.empty();
                }
                throw new HttpFailure("getting " + uri + ": " + e.getMessage(), e.httpStatus().orElse(0), e);
            }
            return Optional.of(local);
        }

        private URI resolve(String path) {
            try {
                return root.resolve(new URI(null, null, path, null));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + path + "' cannot be a URL path: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            http.close();
            List<Path> files;
            try (Stream<Path> all = Files.list(downloads)) {
                files = new ArrayList<>(all.toList());
            }
            files.add(downloads);
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
