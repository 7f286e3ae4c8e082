package org.heliodeck.data.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits inventory text into terms: words are separated by blanks and punctuation, and each word
 * is kept whole ({@code ac_h2_mfi}) and also cut into its parts at {@code _}, {@code -}, case changes
 * and digits ({@code ac}, {@code h}, {@code 2}, {@code mfi}), so an id is found by its prefix and by
 * any of its parts. Lower case, accents folded.
 */
final class InventoryAnalyzer extends Analyzer {

    private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromSeparatorCharPredicate(InventoryAnalyzer::isSeparator);
        TokenStream parts = new WordDelimiterGraphFilter(words, PARTS, null);
        // The index stores a flat token stream; the graph only matters to phrase queries, unused here.
        TokenStream flat = new FlattenGraphFilter(parts);
        return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(flat)));
    }

    /** What separates words: anything but letters, digits and the joiners of ids. */
    static boolean isSeparator(int c) {
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    /** The terms of one word as the index holds them: the whole word first, then its parts. */
    List<String> terms(String word) {
        List<String> terms = new ArrayList<>(4);
        try (TokenStream stream = tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (!terms.contains(t)) {
                    terms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            // Reading a String cannot fail.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
