package org.heliodeck.catalog;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.heliodeck.catalog.Change.CatalogState;
import org.heliodeck.catalog.Change.EventState;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.CatalogueRecord;
import org.heliodeck.formats.catalog.EventRecord;

/**
 * Which stored event each event of a catalog file stands for, and what importing the file changes:
 * the rules of {@link CatalogStore#importDocument}. Runs inside the import's transaction.
 */
final class ImportPlan {
    private final Tables tables;
    private final CatalogDocument document;
    private final Instant now;
    private final Map<UUID, UUID> storedAs = new HashMap<>();
    private final Map<Long, List<Event>> addedByStart = new HashMap<>();
    private final boolean renamed;

    ImportPlan(Tables tables, CatalogDocument document, Instant now, boolean renamed) {
        this.tables = tables;
        this.document = document;
        this.now = now;
        this.renamed = renamed;
    }

    List<Change> changes(List<Catalog> incoming, List<Catalog> created, List<ImportReport.Duplicate> duplicates,
            List<String> conflicts) throws SQLException {
        List<Change> changes = new ArrayList<>();
        Map<UUID, Catalog> accepted = new LinkedHashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            Catalog c = incoming.get(i);
            Optional<CatalogState> sameUuid = tables.catalog(c.uuid());
            if (sameUuid.isPresent() && renamed) {
                c = c.copy(c.name(), now);
                sameUuid = Optional.empty();
            }
            if (sameUuid.isPresent()) {
                conflicts.add("catalogue '" + c.name() + "' (" + c.uuid() + ") is already stored as '"
                        + sameUuid.get().catalog().name() + "': not imported");
            } else if (tables.liveCatalog(c.name()).isPresent()) {
                conflicts.add("a catalog named '" + c.name() + "' already exists: not imported (import it under another name)");
            } else {
                accepted.put(document.catalogues().get(i).uuid(), c);
                created.add(c);
                changes.add(new Change.OfCatalog(c.uuid(), Optional.empty(), Optional.of(new CatalogState(c, false))));
            }
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        Set<UUID> listed = new LinkedHashSet<>();
        for (CatalogueRecord record : document.catalogues()) {
            listed.addAll(record.events());
            if (accepted.containsKey(record.uuid())) {
                wanted.addAll(record.events());
            }
        }
        for (EventRecord record : document.events()) {
            if (wanted.contains(record.uuid()) || !listed.contains(record.uuid())) {
                addEvent(Event.of(record, now), changes, duplicates, conflicts);
            }
        }
        for (CatalogueRecord record : document.catalogues()) {
            Catalog c = accepted.get(record.uuid());
            if (c != null) {
                record.events().stream().map(storedAs::get).distinct()
                        .forEach(e -> changes.add(new Change.OfMembership(c.uuid(), e, false, true)));
            }
        }
        return changes;
    }

    private void addEvent(Event event, List<Change> changes, List<ImportReport.Duplicate> duplicates, List<String> conflicts)
            throws SQLException {
        Optional<EventState> sameUuid = tables.event(event.uuid());
        if (sameUuid.isPresent()) {
            storedAs.put(event.uuid(), event.uuid());
            if (sameUuid.get().event().sameContentAs(event)) {
                duplicates.add(new ImportReport.Duplicate(event.uuid(), event.uuid()));
            } else {
                conflicts.add("event " + event.uuid() + " is stored with other content: the stored one is kept");
            }
            return;
        }
        List<Event> sameStart = new ArrayList<>(addedByStart.getOrDefault(event.start(), List.of()));
        tables.events("SELECT " + Tables.EVENT_ROW + " FROM events WHERE start = ? AND removed = 0",
                event.start()).forEach(s -> sameStart.add(s.event()));
        Optional<Event> twin = sameStart.stream().filter(event::sameContentAs).findFirst();
        if (twin.isPresent()) {
            storedAs.put(event.uuid(), twin.get().uuid());
            duplicates.add(new ImportReport.Duplicate(event.uuid(), twin.get().uuid()));
            return;
        }
        storedAs.put(event.uuid(), event.uuid());
        addedByStart.computeIfAbsent(event.start(), s -> new ArrayList<>()).add(event);
        changes.add(new Change.OfEvent(event.uuid(), Optional.empty(), Optional.of(new EventState(event, false))));
    }
}
