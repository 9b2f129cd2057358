package dev.dyad.core.clean;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.Warning;

/**
 * The main content as layout blocks, by the {@link ContentExtractor} for the content type ({@link
 * HtmlExtractor} or {@link PlainTextExtractor}), with what reading the body noticed: bytes that
 * were not valid UTF-8, broken markup, no main content.
 */
final class ExtractContent implements CleaningStep {
  private final ContentExtractor html = new HtmlExtractor();
  private final ContentExtractor plain = new PlainTextExtractor();

  @Override
  public Draft apply(Draft draft) {
    Draft out = draft;
    String encoding = draft.raw().metadata().get("encoding");
    if (encoding != null && encoding.contains("fallback")) {
      out = out.warn(Warning.encodingFallback(encoding));
    }
    // Set by dev.dyad.core.ingest when decoding replaced bytes by U+FFFD (lenient decoding).
    String undecodable = draft.raw().metadata().get("undecodable-bytes");
    if (undecodable != null) {
      out = out.warn(Warning.undecodableBytes(undecodable));
    }
    Extracted extracted =
        (draft.raw().type() == ContentType.HTML ? html : plain).extract(draft.raw());
    return out.withExtracted(extracted).warn(extracted.warnings());
  }
}
