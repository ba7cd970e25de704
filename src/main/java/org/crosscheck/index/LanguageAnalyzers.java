package org.crosscheck.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chain of each language, and the passage text field it is indexed in: French and
 * English stem and drop stop words; any other language is only lower-cased. All fold accents so
 * "suedoise" finds "suédoise".
 */
final class LanguageAnalyzers {

    static final String FRENCH_FIELD = "text_fr";
    static final String ENGLISH_FIELD = "text_en";
    static final String OTHER_FIELD = "text_other";
    static final String[] TEXT_FIELDS = {ENGLISH_FIELD, FRENCH_FIELD, OTHER_FIELD};

    private LanguageAnalyzers() {
    }

    /** The text field for passages in this language. */
    static String fieldFor(String language) {
        return switch (language) {
            case "fr" -> FRENCH_FIELD;
            case "en" -> ENGLISH_FIELD;
            default -> OTHER_FIELD;
        };
    }

    /** One analyzer that analyses each text field in its own language. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(plain(), Map.of(
                FRENCH_FIELD, french(),
                ENGLISH_FIELD, english()));
    }

    private static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
                result = new FrenchLightStemFilter(result);
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new PorterStemFilter(result);
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
