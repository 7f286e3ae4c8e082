package org.heliodeck.app.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogFiles;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.ImportReport;
import org.heliodeck.catalog.predicate.PredicateParser;

/**
 * What the catalog browser's buttons do, once their dialogs have the names and files: each one edit
 * of the store (one undo step), run through the session, the outcome said in {@code messages}. A
 * catalog made here becomes the active one and is shown.
 */
public final class CatalogActions {

    private final CatalogSession session;
    private final Consumer<String> messages;

    public CatalogActions(CatalogSession session, Consumer<String> messages) {
        this.session = session;
        this.messages = messages;
    }

    public CompletableFuture<Catalog> create(String name, String author) {
        return made("create " + name, store -> store.createCatalog(Catalog.named(name, Instant.now()).withAuthor(author)));
    }

    public CompletableFuture<Catalog> cloneAs(Catalog source, String name) {
        return made("clone " + source.name(), store -> store.cloneCatalog(source.name(), name));
    }

    public CompletableFuture<Catalog> merge(List<Catalog> sources, String name) {
        return made("merge " + sources.stream().map(Catalog::name).toList(),
                store -> store.mergeCatalogs(sources.stream().map(Catalog::name).toList(), name));
    }

    /**
     * A dynamic catalog of the events matching {@code predicate}, e.g. {@code rating >= 7 and duration > 6 h}
     * or {@code in catalog "ICMEs" and rating > 5}.
     */
    public CompletableFuture<Catalog> dynamic(String name, String predicate, String author) {
        return made("create the dynamic catalog " + name, store -> {
            Map<String, UUID> named = new HashMap<>();
            store.catalogs().forEach(c -> named.put(c.name(), c.uuid()));
            return store.createCatalog(Catalog.named(name, Instant.now()).withAuthor(author)
                    .withPredicate(Optional.of(PredicateParser.parse(predicate, n -> Optional.ofNullable(named.get(n))))));
        });
    }

    /** Moves a catalog to a folder, names joined by '/' (empty or '/' for the top). */
    public CompletableFuture<Catalog> move(Catalog catalog, String folder) {
        return session.perform("move " + catalog.name(), store -> store.moveCatalog(catalog.name(), folder),
                moved -> messages.accept("Catalog " + moved.name() + " moved to " + (moved.folder().isEmpty() ? "the top" : moved.folder())));
    }

    /** Assigns the events of {@code source} to {@code target} too. */
    public CompletableFuture<Integer> extend(Catalog target, Catalog source) {
        return session.perform("extend " + target.name() + " with " + source.name(), store -> {
            List<Event> events = store.events(source);
            store.assign(target.uuid(), events.stream().map(Event::uuid).toList());
            return events.size();
        }, n -> messages.accept(target.name() + " extended with the " + n + " events of " + source.name()));
    }

    /** Imports a catalog file (its format from its content or name); duplicates and conflicts are reported. */
    public CompletableFuture<ImportReport> importFile(Path file) {
        return session.perform("import " + file, store -> store.importDocument(CatalogFiles.read(file, Optional.empty()),
                Optional.empty()), report -> {
                    report.catalogs().forEach(c -> session.setVisible(c.uuid(), true));
                    report.catalogs().stream().findFirst().ifPresent(session.activeProperty()::set);
                    messages.accept("Imported " + report.catalogs().stream().map(Catalog::name).toList() + ": "
                            + report.added() + " events added, " + report.duplicates().size() + " duplicates"
                            + (report.conflicts().isEmpty() ? "" : ", conflicts: " + String.join("; ", report.conflicts())));
                });
    }

    /** Writes a catalog to {@code file}, in the format its name's ending says. */
    public CompletableFuture<Path> export(Catalog catalog, Path file) {
        return session.perform("export " + catalog.name() + " to " + file, store -> {
            CatalogFiles.write(store.export(catalog.name()), file, Optional.empty());
            return file;
        }, written -> messages.accept("Wrote " + catalog.name() + " to " + written));
    }

    private CompletableFuture<Catalog> made(String what, CatalogSession.StoreWork<Catalog> work) {
        return session.perform(what, work, c -> {
            session.setVisible(c.uuid(), true);
            session.activeProperty().set(c);
            messages.accept("Catalog " + c.name() + " ready");
        });
    }
}
