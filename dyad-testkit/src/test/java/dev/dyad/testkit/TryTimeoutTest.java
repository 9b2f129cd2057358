package dev.dyad.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryLifecycleContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@TryTimeout(seconds = 1)
class TryTimeoutTest {
  private volatile boolean released;

  @AfterEach
  void release() {
    released = true;
  }

  @Test
  void aTryThatNeverReturnsIsFalsifiedByItsInput() throws Throwable {
    TryExecutionResult result =
        new TryTimeout.Hook()
            .aroundTry(
                context(),
                parameters -> {
                  // Like a backtracking regular expression: busy, and deaf to interruption.
                  while (!released) {
                    Thread.onSpinWait();
                  }
                  return TryExecutionResult.satisfied();
                },
                List.of("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac"));

    assertThat(result.isFalsified()).isTrue();
    assertThat(result.throwable())
        .get()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("longer than 1 s")
        .contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac");
  }

  @Test
  void aFastTryKeepsItsResult() throws Throwable {
    TryExecutionResult result =
        new TryTimeout.Hook()
            .aroundTry(context(), parameters -> TryExecutionResult.invalid(), List.of());

    assertThat(result.isInvalid()).isTrue();
  }

  @Test
  void whatATryThrowsReachesJqwikUnchanged() {
    IllegalStateException thrown = new IllegalStateException("bug");

    assertThatThrownBy(
            () ->
                new TryTimeout.Hook()
                    .aroundTry(
                        context(),
                        parameters -> {
                          throw thrown;
                        },
                        List.of()))
        .isSameAs(thrown);
  }

  /** A try context whose only answer is this class's annotation. */
  private static TryLifecycleContext context() {
    TryTimeout annotation = TryTimeoutTest.class.getAnnotation(TryTimeout.class);
    return (TryLifecycleContext)
        Proxy.newProxyInstance(
            TryTimeoutTest.class.getClassLoader(),
            new Class<?>[] {TryLifecycleContext.class},
            (proxy, method, args) ->
                method.getName().equals("findAnnotation") ? Optional.of(annotation) : null);
  }
}
