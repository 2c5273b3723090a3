package org.briefbot.core.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenNLP pipeline: sentences, tokens, stems, part-of-speech tags, lemmas and language, with
 * the English UD models read from the classpath once per process. Safe to call from many threads:
 * OpenNLP's {@code *ME} classes are not, so each thread gets its own through OpenNLP's {@code
 * ThreadSafe*ME} wrappers over the shared (immutable) models.
 */
public final class NlpPipeline {
  private static final Logger log = LoggerFactory.getLogger(NlpPipeline.class);

  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  private static final String LANGUAGE_MODEL = "/langdetect-183.bin";

  /** Below this many words the language guess is too unsure to turn a story away. */
  private static final int MIN_WORDS_FOR_LANGUAGE = 12;

  /** Enough text for a confident guess; more only costs time. */
  private static final int LANGUAGE_SAMPLE_CHARS = 600;

  /**
   * Entries of each of the word caches below: news repeats its words across stories ("said,",
   * "Mr.", "\"We", "government's"), and 20,000 of them cover most of what a day of stories uses.
   */
  private static final int WORD_CACHE_SIZE = 20_000;

  /** Longest stretch of tokens tagged at once; news sentences rarely pass 80 tokens. */
  static final int POS_WINDOW = 200;

  private static volatile NlpPipeline shared;

  private final ThreadSafeSentenceDetectorME sentenceDetector;
  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME posTagger;
  private final ThreadSafeLanguageDetectorME languageDetector;
  private final CompletableFuture<ThreadSafeLemmatizerME> lemmatizer;
  private final ThreadLocal<SnowballStemmer> stemmer =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

  /**
   * The tokenizer's cuts of a whitespace-free chunk, as {start, end} pairs within it: the tokenizer
   * splits at whitespace first and then decides each chunk from the chunk alone, so its cuts are a
   * function of the chunk.
   */
  private final Cache<String, int[]> chunkCuts =
      Caffeine.newBuilder().maximumSize(WORD_CACHE_SIZE).build();

  /** Stems by lower-case word (a stem is a function of the word). */
  private final Cache<String, String> stems =
      Caffeine.newBuilder().maximumSize(WORD_CACHE_SIZE).build();

  private NlpPipeline() {
    long started = System.nanoTime();
    // The language model is the largest (10 MB): read it beside the others.
    CompletableFuture<LanguageDetectorModel> languageModel =
        CompletableFuture.supplyAsync(
            () -> load(LANGUAGE_MODEL, LanguageDetectorModel.class, LanguageDetectorModel::new));
    sentenceDetector =
        new ThreadSafeSentenceDetectorME(
            load(SENTENCE_MODEL, SentenceModel.class, SentenceModel::new));
    tokenizer =
        new ThreadSafeTokenizerME(
            withAlphaNumericShortcut(load(TOKEN_MODEL, TokenizerModel.class, TokenizerModel::new)));
    posTagger =
        new ThreadSafePOSTaggerME(
            withSharedContextBeamSearch(load(POS_MODEL, POSModel.class, POSModel::new)),
            POSTagFormat.UD);
    languageDetector = new ThreadSafeLanguageDetectorME(languageModel.join());
    // Lemmas are rarely needed (they cost ~10x tagging); their model loads only when first asked.
    lemmatizer = new CompletableFuture<>();
    log.debug("OpenNLP models loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  /** The process-wide pipeline; the first call loads the models. */
  public static NlpPipeline shared() {
    NlpPipeline pipeline = shared;
    if (pipeline == null) {
      synchronized (NlpPipeline.class) {
        pipeline = shared;
        if (pipeline == null) {
          pipeline = new NlpPipeline();
          shared = pipeline;
        }
      }
    }
    return pipeline;
  }

  /** Parses and analyses raw story text. See {@link #analyze(NewsDocument)}. */
  public AnalyzedText analyze(String raw) {
    return analyze(NewsText.parse(raw));
  }

  /**
   * Splits the body into sentences (never across paragraphs) and tokens with their stems.
   *
   * @throws UnsupportedTextException when the story is not in English
   */
  public AnalyzedText analyze(NewsDocument document) {
    requireEnglish(document);
    String folded = document.folded();
    List<Sentence> sentences = new ArrayList<>();
    List<Paragraph> body = document.bodyParagraphs();
    for (int p = 0; p < body.size(); p++) {
      TextSpan paragraph = body.get(p).span();
      String paragraphText = paragraph.of(folded);
      Span[] sentenceSpans = sentenceDetector.sentPosDetect(paragraphText);
      int inParagraph = 0;
      for (Span sentenceSpan : sentenceSpans) {
        int start = paragraph.start() + sentenceSpan.getStart();
        int end = paragraph.start() + sentenceSpan.getEnd();
        List<Token> tokens = tokenize(folded, start, end);
        if (!tokens.isEmpty()) {
          sentences.add(
              new Sentence(sentences.size(), p, inParagraph++, new TextSpan(start, end), tokens));
        }
      }
    }
    return new AnalyzedText(document, sentences, this);
  }

  /**
   * Tokens of {@code text[start, end)} with offsets into {@code text}: OpenNLP's tokenizer, chunk
   * by whitespace-separated chunk, each chunk's cuts and each word's stem computed once.
   */
  public List<Token> tokenize(String text, int start, int end) {
    String piece = text.substring(start, end);
    List<Token> tokens = new ArrayList<>();
    for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(piece)) {
      int chunkStart = start + chunk.getStart();
      int[] cuts = chunkCuts.get(chunk.getCoveredText(piece).toString(), this::cutsOf);
      for (int c = 0; c < cuts.length; c += 2) {
        int tokenStart = chunkStart + cuts[c];
        int tokenEnd = chunkStart + cuts[c + 1];
        String word = text.substring(tokenStart, tokenEnd);
        String lower = word.toLowerCase(Locale.ROOT);
        tokens.add(new Token(new TextSpan(tokenStart, tokenEnd), word, lower, stem(lower)));
      }
    }
    return tokens;
  }

  private int[] cutsOf(String chunk) {
    Span[] spans = tokenizer.tokenizePos(chunk);
    int[] cuts = new int[spans.length * 2];
    int count = 0;
    for (int i = 0; i < spans.length; i++) {
      Span span = spans[i];
      if (count > 0
          && continuesHyphenatedName(
              chunk,
              cuts[count - 2],
              cuts[count - 1],
              span,
              i + 1 < spans.length ? spans[i + 1] : null)) {
        // "Jean" + "-Yves", "François" + "-" + "Philippe": the model cuts a hyphenated name apart
        cuts[count - 1] = span.length() > 1 ? span.getEnd() : spans[++i].getEnd();
        continue;
      }
      cuts[count++] = span.getStart();
      cuts[count++] = span.getEnd();
    }
    return count == cuts.length ? cuts : java.util.Arrays.copyOf(cuts, count);
  }

  private static boolean continuesHyphenatedName(
      String chunk, int previousStart, int previousEnd, Span span, Span next) {
    int start = span.getStart();
    if (start != previousEnd
        || chunk.charAt(start) != '-'
        || !Character.isUpperCase(chunk.charAt(previousStart))
        || !Character.isLetter(chunk.charAt(start - 1))) {
      return false;
    }
    if (span.length() > 1) {
      return Character.isUpperCase(chunk.charAt(start + 1));
    }
    return next != null
        && next.getStart() == span.getEnd()
        && Character.isUpperCase(chunk.charAt(next.getStart()));
  }

  /** Snowball (Porter 2) stem of a lower-case word. */
  public String stem(String lowerCaseWord) {
    return stems.get(lowerCaseWord, word -> stemmer.get().stem(word).toString());
  }

  /** Universal POS tags of a sentence's tokens. */
  public String[] posTags(Sentence sentence) {
    return posTags(sentence.tokens().stream().map(Token::text).toArray(String[]::new));
  }

  /**
   * Tags in windows of {@link #POS_WINDOW} tokens: the tagger's beam search grows faster than the
   * sentence, so a run-on of thousands of words (no punctuation anywhere) would take seconds whole,
   * while a real sentence is far shorter than a window and is tagged in one piece.
   */
  public String[] posTags(String[] tokens) {
    if (tokens.length <= POS_WINDOW) {
      return posTagger.tag(tokens);
    }
    String[] tags = new String[tokens.length];
    for (int from = 0; from < tokens.length; from += POS_WINDOW) {
      int to = Math.min(tokens.length, from + POS_WINDOW);
      String[] window = java.util.Arrays.copyOfRange(tokens, from, to);
      System.arraycopy(posTagger.tag(window), 0, tags, from, window.length);
    }
    return tags;
  }

  /** Lemmas of tagged tokens; the first call loads the lemmatizer model. */
  public String[] lemmas(String[] tokens, String[] posTags) {
    if (!lemmatizer.isDone()) {
      synchronized (lemmatizer) {
        if (!lemmatizer.isDone()) {
          lemmatizer.complete(
              new ThreadSafeLemmatizerME(
                  load(LEMMA_MODEL, LemmatizerModel.class, LemmatizerModel::new)));
        }
      }
    }
    return lemmatizer.join().lemmatize(tokens, posTags);
  }

  /**
   * The most likely language of a text, as an ISO 639-3 code ("eng") with its confidence, and how
   * far it leads English (1 when it is English).
   */
  public DetectedLanguage language(String text) {
    String sample =
        text.length() > LANGUAGE_SAMPLE_CHARS ? text.substring(0, LANGUAGE_SAMPLE_CHARS) : text;
    Language[] ranked = languageDetector.predictLanguages(sample);
    double english = 0;
    for (Language language : ranked) {
      if (DetectedLanguage.ENGLISH.equals(language.getLang())) {
        english = language.getConfidence();
        break;
      }
    }
    Language top = ranked[0];
    double lead = english > 0 ? top.getConfidence() / english : Double.POSITIVE_INFINITY;
    return new DetectedLanguage(top.getLang(), top.getConfidence(), lead);
  }

  private void requireEnglish(NewsDocument document) {
    Optional<String> sample =
        document.bodyParagraphs().stream()
            .map(p -> p.span().of(document.folded()))
            .reduce((a, b) -> a.length() >= LANGUAGE_SAMPLE_CHARS ? a : a + "\n" + b);
    if (sample.isEmpty()
        || NewsText.wordCount(sample.get()) < MIN_WORDS_FOR_LANGUAGE
        || ClearlyEnglish.test(sample.get())) {
      return;
    }
    DetectedLanguage language = language(sample.get());
    // The detector spreads its confidence over 103 languages; a clear lead over English is what
    // counts.
    if (!language.isEnglish() && language.leadOverEnglish() >= 1.5) {
      throw new UnsupportedTextException(
          "Only English is supported for now (this looks like " + language.displayName() + ").");
    }
  }

  /**
   * The same tokenizer, told not to look inside words made only of letters and digits: it would
   * leave them whole anyway, bar a number glued to its unit ("10pm" stays one token), and skipping
   * them makes tokenizing, the costliest step of {@link #analyze}, four times faster.
   */
  private static TokenizerModel withAlphaNumericShortcut(TokenizerModel model) {
    TokenizerFactory factory = model.getFactory();
    return new TokenizerModel(
        model.getMaxentModel(),
        new HashMap<>(),
        new TokenizerFactory(
            factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, null));
  }

  /**
   * The same tagger model, searched by {@link SharedContextBeamSearch}: the same tags as OpenNLP's
   * own beam search, at half its cost (tagging is most of the analysis of a story).
   */
  static POSModel withSharedContextBeamSearch(POSModel model) {
    String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int size = beamSize == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
    MaxentModel maxent = model.getArtifact("pos.model");
    return new POSModel(
        model.getLanguage(),
        new SharedContextBeamSearch(size, maxent),
        Map.of(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(size)),
        model.getFactory());
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  @SuppressWarnings("unused") // the type pins overload resolution of the model constructors
  private static <T> T load(String resource, Class<T> type, ModelReader<T> reader) {
    try (InputStream in = NlpPipeline.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
