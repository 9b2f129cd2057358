package dev.dyad.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void passesEachErrorOnAndCountsItByCode() {
    List<DataError> seen = new ArrayList<>();
    Problems problems = new Problems(seen::add);
    problems.fail(DataError.Code.EMPTY, "a.txt", "the file is empty");
    problems.fail(DataError.Code.MALFORMED_JSON, "b.jsonl line 3", "not a JSON object");
    problems.fail(DataError.Code.EMPTY, "c.txt", "the file is empty");
    problems.skip();

    assertThat(seen)
        .extracting(DataError::where)
        .containsExactly("a.txt", "b.jsonl line 3", "c.txt");
    assertThat(problems.failed()).isEqualTo(3);
    assertThat(problems.skipped()).isEqualTo(1);
    assertThat(problems.failuresByCode())
        .containsExactly(
            java.util.Map.entry(DataError.Code.EMPTY, 2L),
            java.util.Map.entry(DataError.Code.MALFORMED_JSON, 1L));
  }

  @Test
  void printsWhereThenWhatThenCode() {
    assertThat(
            new DataError(DataError.Code.BINARY, "x.html", "binary content at byte 12").toString())
        .isEqualTo("x.html: binary content at byte 12 [BINARY]");
  }

  @Property(tries = 50)
  void failureCountIsTheNumberOfFailures(@ForAll @IntRange(min = 0, max = 200) int n) {
    Problems problems = Problems.counting();
    for (int i = 0; i < n; i++) {
      problems.fail(DataError.Code.values()[i % DataError.Code.values().length], "f" + i, "bad");
    }
    assertThat(problems.failed()).isEqualTo(n);
    assertThat(problems.failuresByCode().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(n);
  }
}
