package org.heliodeck.data.amda;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.heliodeck.core.time.TimeRange;

/**
 * One of AMDA's shared time tables or catalogs, as {@code getTimeTablesList} and
 * {@code getCatalogsList} describe it.
 *
 * @param id what {@code getTimeTable} or {@code getCatalog} is asked for (the list's {@code xml:id}),
 *     e.g. {@code sharedtimeTable_139}
 * @param name what people read
 * @param description empty when the list gives none
 * @param contact who made it; empty when the list does not say
 * @param intervals how many intervals (events) it holds, when the list says
 * @param created TT2000, when the list says
 * @param modified TT2000, when the list says; AMDA's {@code 1970-01-01T00:00:00} (never) is read as absent
 * @param survey the span its intervals were looked for in, when the list says
 * @param folder the folders above it in AMDA's list, names joined by {@code /}; empty at the top
 */
public record AmdaTimeTableInfo(String id, String name, String description, String contact, OptionalInt intervals,
        OptionalLong created, OptionalLong modified, Optional<TimeRange> survey, String folder) {}
