package dev.dyad.core.claims;

import dev.dyad.core.model.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Source families: a syndicated or lightly edited copy of an article joins the family of the
 * article it copies, so that it is not counted as a second source.
 *
 * <p>Each document's text becomes a MinHash signature of its word shingles; LSH banding finds the
 * earlier documents that may be similar, and a candidate published within {@link
 * FamilyOptions#windowDays()} of the document (or either undated, {@link FamilyOptions#nearInTime})
 * joins when the estimated Jaccard similarity reaches {@link FamilyOptions#threshold()}. Families
 * are the connected components of those verified pairs, so a copy of a copy is in the original's
 * family. A document costs its compact signature and its band keys, never its text (about 2 KB with
 * the defaults, id included), and adding one costs time proportional to its length and its
 * candidates, not to the number of documents.
 *
 * <p>Documents with the same {@link Document#id()} (same normalised text) are one document. A
 * document with fewer than {@value #MIN_SHINGLES} shingles is too short to compare and only ever
 * joins by its id. A family's id is the id of its first document; the partition does not depend on
 * the order documents arrive in, only the choice of first document does.
 *
 * <p>Not thread-safe: one thread adds, or callers synchronise; reads must not overlap a write.
 * {@link #signature} alone reads no state and may run on any thread.
 */
public final class SourceFamilies {
  /** Below this many distinct shingles a text is a headline or a stub, not an article. */
  static final int MIN_SHINGLES = 8;

  private static final long SEED = 0x5EEDF00DL;

  private final FamilyOptions options;
  private final MinHash minHash;
  private final LshIndex index;
  private final FamilyForest forest = new FamilyForest();
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  /** Signature positions of slot {@code s} are {@code signatures[s * hashes ...]}. */
  private int[] signatures = new int[0];

  /** Document number of each slot; only documents long enough to compare have a slot. */
  private int[] slotDocument = new int[0];

  /** Publication day (epoch day) of each slot, or {@link FamilyOptions#NO_DAY}. */
  private long[] slotDay = new long[0];

  private int slots;

  /** Families with {@link FamilyOptions#DEFAULTS}. */
  public SourceFamilies() {
    this(FamilyOptions.DEFAULTS);
  }

  public SourceFamilies(FamilyOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.minHash = new MinHash(options.hashes(), SEED);
    this.index = new LshIndex(options.bands(), options.rows());
  }

  /**
   * Adds a document (again adding one with a known id changes nothing) and returns its family id.
   */
  public String add(Document doc) {
    Objects.requireNonNull(doc, "doc");
    Integer known = numbers.get(doc.id());
    if (known != null) {
      return ids.get(forest.find(known));
    }
    return add(doc.id(), signature(doc.text()), doc.published().date());
  }

  /**
   * Adds a document by its id, the {@link #signature} of its text and its publication date: the
   * same family as {@link #add(Document)} gives, without reading the text again.
   *
   * @throws IllegalArgumentException if the signature was made with other options
   */
  public String add(String docId, FamilySignature signature, Optional<LocalDate> published) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(published, "published");
    if (signature.comparable()
        && (signature.minHash().length != options.hashes()
            || signature.bandKeys().length != options.bands())) {
      throw new IllegalArgumentException(signature + " does not fit " + options);
    }
    Integer known = numbers.get(docId);
    if (known != null) {
      return ids.get(forest.find(known));
    }
    int number = forest.add();
    numbers.put(docId, number);
    ids.add(docId);
    if (signature.comparable()) {
      long day = FamilyOptions.epochDay(published);
      joinCandidates(number, day, signature.minHash(), index.candidates(signature.bandKeys()));
      store(number, day, signature.minHash(), signature.bandKeys());
    }
    return ids.get(forest.find(number));
  }

  /**
   * The signature of a text under these options: what {@link #add(Document)} computes. Unlike
   * adding, this reads no state, so any number of threads may call it while one thread adds.
   */
  public FamilySignature signature(String text) {
    long[] shingles = Shingles.of(text, options.shingleWords());
    if (shingles.length < MIN_SHINGLES) {
      return FamilySignature.TOO_SHORT;
    }
    long[] minimums = minHash.signature(shingles);
    return new FamilySignature(MinHash.compact(minimums), index.keys(minimums));
  }

  /**
   * The family id of a document added before.
   *
   * @throws IllegalArgumentException if no document with this id was added
   */
  public String familyOf(String docId) {
    Integer n = numbers.get(docId);
    if (n == null) {
      throw new IllegalArgumentException("no document with id " + docId);
    }
    return ids.get(forest.find(n));
  }

  /**
   * Whether two documents that share a band key ({@link FamilySignature#bands()}) are one family,
   * given their signatures and publication dates: the test {@link #add} applies to each candidate.
   * A caller that keeps the band keys itself (a store) finds the candidates and joins the pairs
   * that pass into the same families as adding the documents here would.
   */
  public boolean related(
      FamilySignature a,
      Optional<LocalDate> aPublished,
      FamilySignature b,
      Optional<LocalDate> bPublished) {
    return options.nearInTime(aPublished, bPublished)
        && a.comparable()
        && b.comparable()
        && a.minHash().length == options.hashes()
        && b.minHash().length == options.hashes()
        && MinHash.similarity(a.minHash(), 0, b.minHash(), 0, options.hashes())
            >= options.threshold();
  }

  /** Whether a document with this id was added. */
  public boolean contains(String docId) {
    return numbers.containsKey(docId);
  }

  /** The number of families. */
  public int families() {
    return forest.sets();
  }

  /** The number of distinct documents (by id) added. */
  public int documents() {
    return forest.size();
  }

  /** The options in use. */
  public FamilyOptions options() {
    return options;
  }

  private void joinCandidates(int number, long day, int[] compact, int[] candidates) {
    int hashes = options.hashes();
    for (int slot : candidates) {
      if (!options.nearInDays(day, slotDay[slot])) {
        continue;
      }
      int other = slotDocument[slot];
      // Already one family through an earlier candidate: the estimate cannot change that.
      if (forest.find(other) == forest.find(number)) {
        continue;
      }
      double similarity = MinHash.similarity(compact, 0, signatures, slot * hashes, hashes);
      if (similarity >= options.threshold()) {
        forest.union(number, other);
      }
    }
  }

  private void store(int number, long day, int[] compact, long[] keys) {
    int hashes = options.hashes();
    if (slots == slotDocument.length) {
      int capacity = Math.max(64, slots * 2);
      slotDocument = Arrays.copyOf(slotDocument, capacity);
      slotDay = Arrays.copyOf(slotDay, capacity);
      signatures = Arrays.copyOf(signatures, capacity * hashes);
    }
    System.arraycopy(compact, 0, signatures, slots * hashes, hashes);
    slotDocument[slots] = number;
    slotDay[slots] = day;
    index.add(slots, keys);
    slots++;
  }
}
