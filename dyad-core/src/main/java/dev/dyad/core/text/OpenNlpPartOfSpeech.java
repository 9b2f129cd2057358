package dev.dyad.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The OpenNLP English POS model (UD EWT) behind {@link PartOfSpeech}. {@link POSTaggerME} is not
 * thread-safe, so each thread gets its own tagger; the model is shared and loads once.
 */
final class OpenNlpPartOfSpeech implements PartOfSpeech {
  static final OpenNlpPartOfSpeech INSTANCE = new OpenNlpPartOfSpeech();
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(ModelHolder.MODEL));

  private OpenNlpPartOfSpeech() {}

  @Override
  public WordClass[] classes(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).form();
    }
    String[] tags = TAGGER.get().tag(words);
    WordClass[] out = new WordClass[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = WordClass.ofTag(tags[i]);
    }
    return out;
  }

  /** Lazy holder: the model loads when the first tagger is made, and only once. */
  private static final class ModelHolder {
    static final POSModel MODEL = load();

    private static POSModel load() {
      try (InputStream in = OpenNlpPartOfSpeech.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "part-of-speech model "
                  + MODEL_RESOURCE
                  + " is not on the classpath (org.apache.opennlp:opennlp-models-pos-en)");
        }
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read part-of-speech model " + MODEL_RESOURCE, e);
      }
    }
  }
}
