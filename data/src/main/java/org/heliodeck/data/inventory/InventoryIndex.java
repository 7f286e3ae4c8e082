package org.heliodeck.data.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;

/**
 * Full-text search over inventory nodes, in memory (Lucene over a {@link ByteBuffersDirectory}).
 * Immutable once built: a refreshed inventory is a new index, swapped in whole by
 * {@link InventoryStore}. Safe for concurrent searches.
 *
 * <p>Each word of the query must match a node (all but one of three or more, when no node has them all): exactly or by prefix in its name, id, path,
 * mission, instrument, units, coordinate system, description, or (for datasets) its parameters'
 * names and descriptions, the name and id counting most; the last word matches as a prefix, since
 * people search as they type. When that finds fewer nodes than asked for, words of four letters or
 * more also match with one typo, of eight or more with two.
 */
public final class InventoryIndex implements AutoCloseable {

    private static final String ORDINAL = "ordinal";
    private static final String PROVIDER = "provider";
    private static final String MISSION_KEY = "missionKey";
    private static final String KIND = "kind";
    private static final String CADENCE = "cadence";
    private static final String START = "start";
    private static final String STOP = "stop";
    /** Every searched text at once, for typo-tolerant terms: fuzzy matching per field costs as many term walks. */
    private static final String ALL = "all";

    /** The searched text fields and how much a match in each counts. */
    private static final Map<String, Float> BOOSTS = Map.of(
            "name", 4f, "id", 4f, "mission", 2f, "instrument", 1.5f, "coordinates", 1.5f, "units", 1f,
            "path", 0.8f, "description", 1f, "parameters", 0.6f);

    private static final List<String> PREFIXED = List.of("name", "id", ALL);

    private static final int MAX_FUZZY_EXPANSIONS = 16;
    /** Fewer words, and prefixes shorter than this, would match half the inventory. */
    private static final int MIN_PREFIX = 2;

    private final List<InventoryNode> nodes;
    private final InventoryAnalyzer analyzer = new InventoryAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private InventoryIndex(List<InventoryNode> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            Map<String, StringBuilder> parameters = parametersText(this.nodes);
            for (int i = 0; i < this.nodes.size(); i++) {
                InventoryNode node = this.nodes.get(i);
                StringBuilder below = parameters.get(key(node.provider(), node.path()));
                writer.addDocument(document(i, node, below == null ? "" : below.toString()));
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** An index of these nodes, in memory (the 10 931 nodes of AMDA and CDAWeb take 1 to 2 s to index). */
    public static InventoryIndex of(List<InventoryNode> nodes) {
        try {
            return new InventoryIndex(nodes);
        } catch (IOException e) {
            // The directory is in memory: no I/O can fail.
            throw new UncheckedIOException("indexing the inventory in memory failed", e);
        }
    }

    /** The indexed nodes, in the order given. */
    public List<InventoryNode> nodes() {
        return nodes;
    }

    /**
     * The nodes best matching {@code text} among those the filters keep, best first. Blank text
     * lists what the filters keep, in inventory order.
     */
    public List<SearchHit> search(String text, Filters filters, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String words = text == null ? "" : text;
        try {
            ScoreDoc[] found = searcher.search(withFilters(textQuery(words, false, false), filters), limit).scoreDocs;
            if (found.length < limit) {
                // Typos are looked for only when the words as typed find too little: matching every
                // term within two edits costs most of a search.
                found = searcher.search(withFilters(textQuery(words, true, false), filters), limit).scoreDocs;
            }
            if (found.length == 0) {
                // Nothing has every word: among three or more, the one missing may be the user's guess.
                found = searcher.search(withFilters(textQuery(words, true, true), filters), limit).scoreDocs;
            }
            List<SearchHit> hits = new ArrayList<>(found.length);
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc doc : found) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
                NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
                ordinals.advanceExact(doc.doc - leaf.docBase);
                hits.add(new SearchHit(nodes.get((int) ordinals.longValue()), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the inventory in memory failed for '" + text + "'", e);
        }
    }

    /**
     * Every word must match (with a typo or two when {@code typos}), or all but one when {@code relaxed}
     * and there are three words or more.
     */
    private Query textQuery(String text, boolean typos, boolean relaxed) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || InventoryAnalyzer.isSeparator(text.charAt(i));
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        if (words.isEmpty()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1 && !InventoryAnalyzer.isSeparator(text.charAt(text.length() - 1));
            all.add(wordQuery(words.get(i), last, typos), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(relaxed && words.size() >= 3 ? words.size() - 1 : words.size());
        return all.build();
    }

    /** One word of the query, in any field: whole, by prefix while typed, by its parts, or with typos. */
    private Query wordQuery(String word, boolean typing, boolean typos) {
        List<String> terms = analyzer.terms(word);
        String whole = terms.getFirst();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), whole)), field.getValue()), Occur.SHOULD);
        }
        if (typing && whole.length() >= MIN_PREFIX) {
            // A prefix expands to every term it starts in each field it is tried on: the name, the id,
            // and the rest at once, so a completed word still ranks by where it was found.
            for (String field : PREFIXED) {
                any.add(new BoostQuery(new PrefixQuery(new Term(field, whole)), BOOSTS.getOrDefault(field, 0.5f)), Occur.SHOULD);
            }
        }
        if (terms.size() > 1) {
            // "imf_gse" also finds "gse imf" and "IMF (GSE)": every part, anywhere in the node.
            BooleanQuery.Builder parts = new BooleanQuery.Builder();
            for (String part : terms.subList(1, terms.size())) {
                parts.add(new TermQuery(new Term(ALL, part)), Occur.MUST);
            }
            any.add(new BoostQuery(parts.build(), 0.5f), Occur.SHOULD);
        }
        int edits = whole.length() >= 8 ? 2 : whole.length() >= 4 ? 1 : 0;
        if (typos && edits > 0) {
            // The first letter is rarely the typo, and requiring it keeps the term walk short.
            any.add(new BoostQuery(new FuzzyQuery(new Term(ALL, whole), edits, 1, MAX_FUZZY_EXPANSIONS, true), 0.5f),
                    Occur.SHOULD);
        }
        return any.build();
    }

    private static Query withFilters(Query text, Filters filters) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (filters.provider() != null) {
            q.add(new TermQuery(new Term(PROVIDER, filters.provider())), Occur.FILTER);
        }
        if (filters.mission() != null) {
            q.add(new TermQuery(new Term(MISSION_KEY, filters.mission().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (!filters.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (NodeKind kind : filters.kinds()) {
                kinds.add(new TermQuery(new Term(KIND, kind.name())), Occur.SHOULD);
            }
            q.add(kinds.build(), Occur.FILTER);
        }
        if (filters.minCadence() != null || filters.maxCadence() != null) {
            long min = filters.minCadence() == null ? 1 : filters.minCadence().toNanos();
            long max = filters.maxCadence() == null ? Long.MAX_VALUE : filters.maxCadence().toNanos();
            q.add(LongPoint.newRangeQuery(CADENCE, min, max), Occur.FILTER);
        }
        if (filters.covers() != null) {
            q.add(LongPoint.newRangeQuery(START, Long.MIN_VALUE, filters.covers().start()), Occur.FILTER);
            q.add(LongPoint.newRangeQuery(STOP, filters.covers().stop(), Long.MAX_VALUE), Occur.FILTER);
        }
        return q.build();
    }

    private static Document document(int ordinal, InventoryNode node, String parameters) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        doc.add(new StringField(PROVIDER, node.provider(), Field.Store.NO));
        doc.add(new StringField(KIND, node.kind().name(), Field.Store.NO));
        String mission = node.extra().getOrDefault(AmdaTreeReader.MISSION, "");
        if (!mission.isEmpty()) {
            doc.add(new StringField(MISSION_KEY, mission.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (node.cadence() != null) {
            doc.add(new LongPoint(CADENCE, node.cadence().toNanos()));
        }
        if (node.coverage() != null) {
            doc.add(new LongPoint(START, node.coverage().start()));
            doc.add(new LongPoint(STOP, node.coverage().stop()));
        }
        Map<String, String> texts = Map.of(
                "name", node.name(), "id", node.id(), "mission", mission,
                "instrument", node.extra().getOrDefault(AmdaTreeReader.INSTRUMENT, ""),
                "coordinates", node.coordinateSystem(), "units", node.units(),
                "path", node.path().replace('/', ' '), "description", node.description(), "parameters", parameters);
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (!text.getValue().isEmpty()) {
                doc.add(new TextField(text.getKey(), text.getValue(), Field.Store.NO));
                all.append(text.getValue()).append('\n');
            }
        }
        doc.add(new TextField(ALL, all.toString(), Field.Store.NO));
        return doc;
    }

    /**
     * The names and descriptions of each dataset's parameters, by dataset, so a dataset is found by
     * what it holds (a HAPI catalog names a dataset by its id only). Folders get none: "magnetic
     * field" would rank every mission with a magnetometer above the magnetic field datasets.
     */
    private static Map<String, StringBuilder> parametersText(List<InventoryNode> nodes) {
        Map<String, StringBuilder> below = new HashMap<>();
        for (InventoryNode node : nodes) {
            if (node.kind() == NodeKind.PARAMETER && !node.parentPath().isEmpty()) {
                below.computeIfAbsent(key(node.provider(), node.parentPath()), k -> new StringBuilder())
                        .append(node.name()).append(' ').append(node.description()).append('\n');
            }
        }
        return below;
    }

    private static String key(String provider, String path) {
        return provider + '\u0000' + path;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
