package dev.dyad.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English sentence model (UD EWT) behind {@link BreakDetector}. The model is loaded
 * once per JVM, on first use; {@link SentenceDetectorME} is not thread-safe, so each thread gets
 * its own detector from a {@link ThreadLocal}, which makes this class safe to share.
 */
final class OpenNlpBreakDetector implements BreakDetector {

  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(ModelHolder.MODEL));

  @Override
  public int[] breaks(String text) {
    Span[] spans = DETECTOR.get().sentPosDetect(text);
    int[] ends = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      ends[i] = spans[i].getEnd();
    }
    return ends;
  }

  /** Lazy holder: the model loads when the first detector is made, and only once. */
  private static final class ModelHolder {
    static final SentenceModel MODEL = load();

    private static SentenceModel load() {
      try (InputStream in = OpenNlpBreakDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "sentence model "
                  + MODEL_RESOURCE
                  + " is not on the classpath"
                  + " (org.apache.opennlp:opennlp-models-sentdetect-en)");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
      }
    }
  }
}
