package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogFiles;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.ImportReport;
import org.heliodeck.catalog.predicate.Predicate;
import org.heliodeck.catalog.predicate.PredicateText;
import org.heliodeck.catalog.predicate.PredicateParser;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.CatalogDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck catalog}: the local store of events and catalogs, from the shell. */
@Command(
        name = "catalog",
        description = {"Catalogs of events (time intervals), kept in a SQLite store under the user data directory:",
            "list, show, create, add events, import and export (AMDA VOTable, tscat JSON, CSV), clone, merge, move to a folder,",
            "remove."},
        subcommands = {CatalogCommand.ListCatalogs.class, CatalogCommand.Show.class, CatalogCommand.Create.class,
            CatalogCommand.Import.class, CatalogCommand.Export.class, CatalogCommand.Add.class, CatalogCommand.Clone.class,
            CatalogCommand.Merge.class, CatalogCommand.Move.class, CatalogCommand.Remove.class})
final class CatalogCommand {

    /** A subcommand working on the store: the --store option, the store opened and closed around {@link #run}. */
    abstract static class OnStore implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", paramLabel = "FILE", description = "The store's SQLite file (default: "
                + CatalogStore.FILE_NAME + " in the user data directory, see 'heliodeck dirs').")
        private Path file;

        @Override
        public final Integer call() throws IOException {
            try (CatalogStore store = file == null ? CatalogStore.openDefault() : CatalogStore.open(file)) {
                int status = run(store, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                return status;
            }
        }

        /** @return the exit status */
        abstract int run(CatalogStore store, PrintWriter out) throws IOException;

        /** A predicate's text, its catalogs named as the store names them. */
        static Predicate predicate(CatalogStore store, String text) {
            return PredicateParser.parse(text, name -> {
                try {
                    return store.catalog(name).map(Catalog::uuid);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Command(name = "list", description = {"The catalogs by folder: name, number of events, author, tags; dynamic ones marked *.",
        "A folder is a line ending in '/', its catalogs and folders indented below it."})
    static final class ListCatalogs extends OnStore {

        private static final Comparator<List<String>> FOLDERS = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int order = a.get(i).compareTo(b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        };

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            List<Catalog> catalogs = store.catalogs().stream()
                    .sorted(Comparator.comparing(Catalog::folders, FOLDERS).thenComparing(Catalog::name)).toList();
            List<String> open = List.of();
            for (Catalog c : catalogs) {
                List<String> folders = c.folders();
                int shared = 0;
                while (shared < Math.min(open.size(), folders.size()) && open.get(shared).equals(folders.get(shared))) {
                    shared++;
                }
                for (int level = shared; level < folders.size(); level++) {
                    out.printf("%s%s/%n", "  ".repeat(level), folders.get(level));
                }
                open = folders;
                String indent = "  ".repeat(folders.size());
                out.printf("%s%-" + Math.max(1, 30 - indent.length()) + "s %6d events%s  %s  %s%n", indent, c.name(),
                        store.events(c).size(), c.dynamic() ? " *" : "  ", c.author(), String.join(",", c.tags()));
            }
            return 0;
        }
    }

    @Command(name = "show", description = "A catalog's fields and its events (start, stop, rating, tags, uuid), by start.")
    static final class Show extends OnStore {
        @Parameters(paramLabel = "NAME")
        private String name;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            Catalog c = store.requireCatalog(name);
            List<Event> events = store.events(c);
            out.printf("catalog      %s%nuuid         %s%nauthor       %s%ntags         %s%n", c.name(), c.uuid(), c.author(),
                    String.join(", ", c.tags()));
            if (!c.folder().isEmpty()) {
                out.printf("folder       %s%n", c.folder());
            }
            if (!c.description().isEmpty()) {
                out.printf("description  %s%n", c.description());
            }
            Map<UUID, String> names = new HashMap<>();
            store.catalogs().forEach(other -> names.put(other.uuid(), other.name()));
            c.predicate().ifPresent(p -> out.printf("predicate    %s%n", PredicateText.write(p, u -> Optional.ofNullable(names.get(u)))));
            c.attributes().forEach((k, v) -> out.printf("%-12s %s%n", k, text(v)));
            out.printf("events       %d%n", events.size());
            for (Event e : events) {
                out.printf("  %s  %s  %2s  %-20s %s%n", Tt2000.format(e.start()), Tt2000.format(e.stop()),
                        e.rating().isPresent() ? Integer.toString(e.rating().getAsInt()) : "-", String.join(",", e.tags()), e.uuid());
            }
            return 0;
        }

        private static String text(AttributeValue value) {
            return switch (value) {
                case AttributeValue.TextValue t -> t.value();
                case AttributeValue.IntegerValue i -> Long.toString(i.value());
                case AttributeValue.RealValue r -> Double.toString(r.value());
                case AttributeValue.BoolValue b -> Boolean.toString(b.value());
                case AttributeValue.TimeValue t -> Tt2000.format(t.tt2000());
                case AttributeValue.ListValue l -> l.items().stream().map(Show::text).collect(Collectors.joining(", ", "[", "]"));
            };
        }
    }

    @Command(name = "create", description = "A new, empty catalog; with --predicate, a dynamic one.")
    static final class Create extends OnStore {
        @Parameters(paramLabel = "NAME")
        private String name;

        @Option(names = "--author", paramLabel = "A")
        private String author = "";

        @Option(names = "--tag", paramLabel = "T", description = "A tag (repeat for several).")
        private List<String> tags = new ArrayList<>();

        @Option(names = "--description", paramLabel = "D")
        private String description = "";

        @Option(names = "--folder", paramLabel = "F", description = "Its folder, names joined by '/', e.g. 'Solar wind/ICMEs'.")
        private String folder = "";

        @Option(names = "--predicate", paramLabel = "EXPR",
                description = {"Makes a dynamic catalog, e.g. 'rating >= 7 and \"shock\" in tags and duration > 6 h',",
                    "'in catalog \"ICMEs\" and not in no catalog', 'uuid in [\"…\", \"…\"]'."})
        private String predicate;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            Catalog c = store.createCatalog(Catalog.named(name, Instant.now()).withAuthor(author).withTags(tags)
                    .withDescription(description).withFolder(folder)
                    .withPredicate(Optional.ofNullable(predicate).map(p -> predicate(store, p))));
            out.println("created catalog " + c.name() + " (" + c.uuid() + ")");
            return 0;
        }
    }

    @Command(name = "import", description = {"Import a catalog file: AMDA VOTable (.xml), tscat JSON (.json), events CSV (.csv).",
        "Nothing stored is overwritten: duplicates and conflicts are reported; a malformed file changes nothing."})
    static final class Import extends OnStore {
        @Parameters(paramLabel = "FILE")
        private Path file;

        @Option(names = "--format", paramLabel = "F", description = "amda-votable, tscat-json or event-csv (default: from the file).")
        private String format;

        @Option(names = "--name", paramLabel = "N", description = "The imported catalog's name (a file of one catalogue).")
        private String name;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            ImportReport report = store.importDocument(CatalogFiles.read(file, Optional.ofNullable(format)), Optional.ofNullable(name));
            for (Catalog c : report.catalogs()) {
                out.printf("imported catalog %s%n", c.name());
            }
            out.printf("%d events added, %d duplicates of stored events, %d conflicts%n", report.added(),
                    report.duplicates().size(), report.conflicts().size());
            PrintWriter err = spec.commandLine().getErr();
            report.conflicts().forEach(c -> err.println("conflict: " + c));
            err.flush();
            return report.catalogs().isEmpty() && !report.conflicts().isEmpty() ? Main.BAD_INPUT : 0;
        }
    }

    @Command(name = "export", description = "Write a catalog and its events to a file.")
    static final class Export extends OnStore {
        @Parameters(paramLabel = "NAME")
        private String name;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true)
        private Path output;

        @Option(names = "--format", paramLabel = "F", description = "amda-votable, tscat-json or event-csv (default: from the name's ending).")
        private String format;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            CatalogDocument document = store.export(name);
            CatalogFiles.write(document, output, Optional.ofNullable(format));
            out.println("wrote " + document.events().size() + " events of " + name + " to " + output);
            return 0;
        }
    }

    @Command(name = "add", description = "Add an event to a catalog; times in ISO 8601 UTC, e.g. 2015-03-17T04:45.")
    static final class Add extends OnStore {
        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Parameters(index = "1", paramLabel = "START")
        private String start;

        @Parameters(index = "2", paramLabel = "STOP")
        private String stop;

        @Option(names = "--tag", paramLabel = "T", description = "A tag (repeat for several).")
        private List<String> tags = new ArrayList<>();

        @Option(names = "--rating", paramLabel = "N", description = "1 to 10.")
        private Integer rating;

        @Option(names = "--author", paramLabel = "A")
        private String author = "";

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            Instant now = Instant.now();
            Event event = new Event(UUID.randomUUID(), Tt2000.parse(start), Tt2000.parse(stop), author, tags, List.of(),
                    rating == null ? OptionalInt.empty() : OptionalInt.of(rating), Map.of(), now, now);
            Catalog c = store.requireCatalog(name);
            out.println("added event " + store.addEvent(event, List.of(c.uuid())).uuid() + " to " + c.name());
            return 0;
        }
    }

    @Command(name = "clone", description = "Copy a catalog (fields, predicate, assigned events) under a new name.")
    static final class Clone extends OnStore {
        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Parameters(index = "1", paramLabel = "NEW")
        private String newName;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            store.cloneCatalog(name, newName);
            out.println("cloned " + name + " as " + newName);
            return 0;
        }
    }

    @Command(name = "merge", description = "A new catalog holding the events of all the catalogs named.")
    static final class Merge extends OnStore {
        @Parameters(paramLabel = "NAME", arity = "2..*")
        private List<String> names;

        @Option(names = {"-o", "--output"}, paramLabel = "NEW", required = true, description = "The new catalog's name.")
        private String newName;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            Catalog merged = store.mergeCatalogs(names, newName);
            out.println("merged " + String.join(", ", names) + " into " + newName + " (" + store.events(merged).size() + " events)");
            return 0;
        }
    }

    @Command(name = "move", description = "Move a catalog to a folder (names joined by '/'; '/' for the top).")
    static final class Move extends OnStore {
        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Parameters(index = "1", paramLabel = "FOLDER")
        private String folder;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            Catalog moved = store.moveCatalog(name, folder);
            out.println("moved " + name + " to " + (moved.folder().isEmpty() ? "the top" : moved.folder() + "/"));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a catalog (its events stay in the store and in other catalogs).")
    static final class Remove extends OnStore {
        @Parameters(paramLabel = "NAME")
        private String name;

        @Override
        int run(CatalogStore store, PrintWriter out) throws IOException {
            store.removeCatalog(store.requireCatalog(name).uuid());
            out.println("removed " + name);
            return 0;
        }
    }
}
