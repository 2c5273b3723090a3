package org.briefbot.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of quotes for the who-said index: Unicode word breaks, possessives dropped, lower case,
 * accents folded and, unless for names, Porter stems (so "risks"/"risking" find "risk"). Stop words
 * are kept: "we will do it alone" is mostly stop words, and their order still tells.
 */
final class QuoteTextAnalyzer extends Analyzer {
  private final boolean stem;

  private QuoteTextAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** For the words of quotes and their sentences. */
  static QuoteTextAnalyzer words() {
    return new QuoteTextAnalyzer(true);
  }

  /** For speakers' names: no stemming ("Ross" stays "ross"). */
  static QuoteTextAnalyzer names() {
    return new QuoteTextAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (stem) {
      stream = new PorterStemFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
