package io.github.ogiworkflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;

/** Runs actions on threads of their own, released together at a barrier, as two people at once. */
public final class AtOnce {

  private AtOnce() {}

  /** What the actions threw (empty when all succeeded), after all of them have finished. */
  public static List<Throwable> run(List<Runnable> actions) throws InterruptedException {
    CyclicBarrier together = new CyclicBarrier(actions.size());
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (Runnable action : actions) {
      Thread thread = new Thread(() -> {
        try {
          together.await();
          action.run();
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return failures;
  }
}
