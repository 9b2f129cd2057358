package dev.dyad.core.clean;

import dev.dyad.core.model.RawDocument;

/** Finds the main content of a document's body and lays it out as blocks. One per content type. */
public interface ContentExtractor {

  /** Never throws on bad markup: what cannot be recovered becomes a warning. */
  Extracted extract(RawDocument raw);
}
