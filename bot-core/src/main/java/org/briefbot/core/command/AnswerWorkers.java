package org.briefbot.core.command;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.store.StoreWaits;

/**
 * The threads that work out answers after their acknowledgements: a few, for the CPU the answers
 * need, each answer waiting its turn ({@link AcknowledgementsFirst}) before it starts. An answer
 * that waits on the database does not count against them: while it holds or waits for a connection
 * another thread takes the next answer, up to {@link #MOST_WAITING_ON_STORE} at once, so that with
 * the database slow or away, answers that need only the search index ({@code /whosaid}, {@code
 * /quotes}) are not queued behind the answers that wait for it.
 */
public final class AnswerWorkers extends ThreadPoolExecutor {
  /** The most threads added for answers waiting on the database (the pool has 8 connections). */
  public static final int MOST_WAITING_ON_STORE = 16;

  private final AcknowledgementsFirst acknowledgements;
  private final int threads;
  private int waitingOnStore;

  private final StoreWaits.Listener listener =
      new StoreWaits.Listener() {
        @Override
        public void waiting() {
          resize(+1);
        }

        @Override
        public void done() {
          resize(-1);
        }
      };

  AnswerWorkers(
      AcknowledgementsFirst acknowledgements,
      String threadName,
      int threads,
      BlockingQueue<Runnable> queue) {
    super(threads, threads, 60, TimeUnit.SECONDS, queue, numbered(threadName));
    this.acknowledgements = acknowledgements;
    this.threads = threads;
  }

  private static java.util.concurrent.ThreadFactory numbered(String threadName) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, threadName + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The threads answers may run on now: the few, and one more for each answer on the store. */
  private synchronized void resize(int change) {
    waitingOnStore += change;
    int size = threads + Math.min(Math.max(waitingOnStore, 0), MOST_WAITING_ON_STORE);
    if (isShutdown()) {
      return;
    }
    if (size > getMaximumPoolSize()) {
      setMaximumPoolSize(size);
      setCorePoolSize(size); // starts a thread for an answer already queued
    } else if (size < getCorePoolSize()) {
      setCorePoolSize(size);
      setMaximumPoolSize(size);
    }
  }

  @Override
  protected void beforeExecute(Thread worker, Runnable answer) {
    try {
      acknowledgements.awaitTurn();
    } catch (InterruptedException stopping) {
      worker.interrupt();
    }
    StoreWaits.listen(listener);
  }

  @Override
  protected void afterExecute(Runnable answer, Throwable failure) {
    StoreWaits.stopListening();
  }
}
