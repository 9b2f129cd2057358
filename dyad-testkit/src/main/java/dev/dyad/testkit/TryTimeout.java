package dev.dyad.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit's {@code @Timeout} for jqwik, which ignores it: every try of a property (on a method or on
 * every property of a class) must finish within {@link #seconds}, or the property is falsified by
 * that input. A regular expression that backtracks without end never checks for interruption, so
 * each try runs on a daemon thread that is abandoned, not awaited, when it overruns.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(TryTimeout.Hook.class)
public @interface TryTimeout {
  /** The longest one try may take. */
  int seconds();

  /** Runs each try on a worker thread and waits at most the annotation's time for it. */
  final class Hook implements AroundTryHook {
    private static final ExecutorService WORKERS =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "jqwik-try");
              thread.setDaemon(true);
              return thread;
            });

    @Override
    public TryExecutionResult aroundTry(
        TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) throws Throwable {
      int seconds =
          context
              .findAnnotation(TryTimeout.class)
              .or(() -> context.findAnnotationsInContainer(TryTimeout.class).stream().findFirst())
              .map(TryTimeout::seconds)
              .orElseThrow(
                  () -> new IllegalStateException("@TryTimeout hook without the annotation"));
      Future<TryExecutionResult> result = WORKERS.submit(() -> aTry.execute(parameters));
      try {
        return result.get(seconds, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        result.cancel(true);
        return TryExecutionResult.falsified(
            new AssertionFailedError(
                "one try took longer than "
                    + seconds
                    + " s (a runaway regular expression or a hang) on "
                    + parameters));
      } catch (ExecutionException e) {
        throw e.getCause();
      }
    }

    @Override
    public PropagationMode propagateTo() {
      // Declared on a class, the limit holds for every property in it.
      return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundTryProximity() {
      // Outside every other try hook, so the time limit covers them too.
      return -100;
    }
  }
}
