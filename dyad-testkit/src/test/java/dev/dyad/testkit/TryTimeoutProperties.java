package dev.dyad.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The hook inside jqwik: declared on the class, it runs every try of every property. */
@TryTimeout(seconds = 30)
class TryTimeoutProperties {
  private static final Pattern NESTED = Pattern.compile("(a+)+b");

  @Property(tries = 50)
  void triesRunOnTheHooksWorkerAndPassAsUsual(@ForAll @IntRange(min = 1, max = 20) int n) {
    assertThat(Thread.currentThread().getName()).isEqualTo("jqwik-try");
    assertThat(NESTED.matcher("a".repeat(n) + "b").matches()).isTrue();
  }
}
