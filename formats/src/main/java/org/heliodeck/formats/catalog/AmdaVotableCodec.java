package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * AMDA time tables and catalogs: VOTable 1.3 with one TABLE whose first FIELDs are
 * {@code Start Time} (ID {@code TimeIntervalStart}, ucd {@code time.start}) and {@code Stop Time}
 * (ID {@code TimeIntervalStop}, ucd {@code time.end}), times written {@code YYYY-MM-DDThh:mm:ss.sss}.
 *
 * <p>The file is one catalogue. The VOTABLE's DESCRIPTION lines give it: {@code Name} the name,
 * {@code Contact} the author (and the author of events without an {@code author} column), every
 * other line an attribute ({@code Creation Date} becomes {@code CreationDate}; values in the shape of
 * a date and time are times, others text). The RESOURCE's DESCRIPTION becomes the attribute
 * {@value #DESCRIPTION_ATTRIBUTE}. Each further FIELD is an event attribute typed by its datatype:
 * double/float → real, long/int/short/unsignedByte → integer, boolean → boolean, char with
 * {@code xtype="dateTime"} → time, char with {@code utype="json"} (tscat's lists) → list, other char
 * → text; numeric and boolean FIELDs with an arraysize give lists. An empty cell is an absent attribute.
 *
 * <p>What VOTable does not carry, Heliodeck writes so that it survives a round trip through Heliodeck
 * and tscat: the catalogue's uuid, tags and predicate as DESCRIPTION lines {@code UUID}, {@code Tags}
 * (comma-joined) and {@code Predicate}; events' uuids in a {@code uuid} column, and where events have
 * them, {@code author}, {@code tags} and {@code products} (JSON arrays, as tscat writes them) and
 * {@code rating} columns. Files without them read with fresh random uuids. Not carried: several
 * catalogues in one file, the document's own attributes, events outside the catalogue, the type of
 * catalogue attributes other than text and time (they come back as text), empty text attribute values
 * (they come back absent), and one attribute with different types in different events (refused).
 */
public final class AmdaVotableCodec implements CatalogCodec {

    /** The catalogue attribute holding the RESOURCE's free-text DESCRIPTION. */
    public static final String DESCRIPTION_ATTRIBUTE = "description";

    @Override
    public String name() {
        return "amda-votable";
    }

    @Override
    public String description() {
        return "AMDA time table or catalog, VOTable 1.3 (also tscat's VOTable export)";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xml", ".vot", ".votable");
    }

    @Override
    public boolean recognises(String fileName, byte[] head) {
        return new String(head, StandardCharsets.UTF_8).contains("<VOTABLE");
    }

    @Override
    public CatalogDocument read(Path file) throws IOException {
        return VotableCatalogReader.read(file);
    }

    @Override
    public void write(CatalogDocument document, Path file) throws IOException {
        VotableCatalogWriter.write(document, file);
    }
}
