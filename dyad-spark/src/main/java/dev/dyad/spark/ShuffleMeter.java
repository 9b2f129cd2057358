package dev.dyad.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Bytes shuffled by each phase of a run (the job group its jobs ran in), for the run summary and
 * the cluster sizing in docs/scale.md. Stages that are skipped (their shuffle output reused) add
 * nothing.
 */
final class ShuffleMeter extends SparkListener {
  private final Map<Integer, String> stagePhase = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();
  private final AtomicLong completed = new AtomicLong();

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    String group =
        job.properties() == null ? null : job.properties().getProperty("spark.jobGroup.id");
    String phase = group == null ? "other" : group;
    scala.collection.Iterator<Object> ids = job.stageIds().iterator();
    while (ids.hasNext()) {
      stagePhase.putIfAbsent((Integer) ids.next(), phase);
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted done) {
    StageInfo info = done.stageInfo();
    if (info.taskMetrics() != null) {
      long written = info.taskMetrics().shuffleWriteMetrics().bytesWritten();
      bytes
          .computeIfAbsent(stagePhase.getOrDefault(info.stageId(), "other"), k -> new AtomicLong())
          .addAndGet(written);
    }
    completed.incrementAndGet();
  }

  /** Shuffle bytes written by a phase so far. */
  long bytes(String phase) {
    AtomicLong n = bytes.get(phase);
    return n == null ? 0 : n.get();
  }

  long stagesCompleted() {
    return completed.get();
  }
}
