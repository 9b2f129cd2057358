package dev.dyad.spark;

import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.Source;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.RawDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Reads input files on an executor with dyad-core's readers (JSON Lines, text, Markdown, HTML,
 * feeds, WARC, any of them gzipped), streaming: a file of any size is read one document at a time.
 * A bad file or record is an {@link Outcome} carrying its data error; the task goes on.
 */
final class FileReading implements FlatMapFunction<Iterator<InputFile>, Outcome> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<HadoopConf> conf;
  private final Broadcast<Dictionaries> dictionaries;

  FileReading(Broadcast<HadoopConf> conf, Broadcast<Dictionaries> dictionaries) {
    this.conf = conf;
    this.dictionaries = dictionaries;
  }

  @Override
  public Iterator<Outcome> call(Iterator<InputFile> files) {
    return new Iterator<>() {
      private FileDocuments current;
      private Outcome next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (current != null && current.hasNext()) {
            next = current.next();
          } else if (files.hasNext()) {
            current = new FileDocuments(files.next());
          } else {
            return false;
          }
        }
        return true;
      }

      @Override
      public Outcome next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Outcome o = next;
        next = null;
        return o;
      }
    };
  }

  /** The documents and errors of one file, in order, then its count of items passed over. */
  private final class FileDocuments implements Iterator<Outcome> {
    private final InputFile file;
    private final ProblemQueue queue = new ProblemQueue();
    private final Deque<Outcome> pending = new ArrayDeque<>();
    private Stream<RawDocument> stream;
    private Iterator<RawDocument> docs;
    private long record;
    private boolean finished;

    FileDocuments(InputFile file) {
      this.file = file;
      Source source =
          Source.of(
              file.name(),
              () -> {
                Path path = new Path(file.path());
                return path.getFileSystem(conf.value().get()).open(path);
              });
      try {
        stream = Ingest.read(source, dictionaries.value().ingestOptions(), queue.problems());
        docs = stream.iterator();
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !finished) {
        step();
      }
      return !pending.isEmpty();
    }

    @Override
    public Outcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.remove();
    }

    /** Reads one document (with the errors met before it), or ends the file. */
    private void step() {
      try {
        if (docs != null && docs.hasNext()) {
          RawDocument doc = docs.next();
          drain();
          pending.add(Outcome.of(RawRecord.of(file.seq(record++), doc)));
          return;
        }
      } catch (RuntimeException e) {
        fail(e);
      }
      if (stream != null) {
        stream.close();
        stream = null;
      }
      drain();
      if (queue.problems().skipped() > 0) {
        pending.add(Outcome.skipped(queue.problems().skipped()));
      }
      finished = true;
    }

    private void drain() {
      while (!queue.isEmpty()) {
        pending.add(queue.next());
      }
    }

    /** A reader that throws (they report bad input, so this is a fault) costs its file only. */
    private void fail(RuntimeException e) {
      queue
          .problems()
          .fail(DataError.Code.UNREADABLE, file.name(), "cannot be read: " + e.getMessage());
      docs = null;
    }
  }
}
