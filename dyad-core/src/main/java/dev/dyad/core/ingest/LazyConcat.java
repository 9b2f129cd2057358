package dev.dyad.core.ingest;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@code outer.flatMap(inner)} that stays lazy when pulled through {@code iterator()}: the JDK's
 * flatMap pushes a whole inner stream into a buffer on the first pull (JDK-8267359, fixed only in
 * later releases), which would read an entire JSON Lines or WARC file into memory before the first
 * document reached its consumer. Each inner stream is closed when exhausted, or on close.
 */
final class LazyConcat<S, T> extends Spliterators.AbstractSpliterator<T> {
  private final Iterator<S> outer;
  private final Function<S, Stream<T>> inner;
  private Stream<T> current;
  private Spliterator<T> items;

  private LazyConcat(Iterator<S> outer, Function<S, Stream<T>> inner) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.outer = outer;
    this.inner = inner;
  }

  static <S, T> Stream<T> of(Stream<S> outer, Function<S, Stream<T>> inner) {
    LazyConcat<S, T> concat = new LazyConcat<>(outer.iterator(), inner);
    return StreamSupport.stream(concat, false)
        .onClose(
            () -> {
              try {
                concat.closeCurrent();
              } finally {
                outer.close();
              }
            });
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    while (true) {
      if (items != null && items.tryAdvance(action)) {
        return true;
      }
      closeCurrent();
      if (!outer.hasNext()) {
        return false;
      }
      current = inner.apply(outer.next());
      items = current.spliterator();
    }
  }

  private void closeCurrent() {
    if (current != null) {
      Stream<T> done = current;
      current = null;
      items = null;
      done.close();
    }
  }
}
