package org.briefbot.core.store;

/**
 * Where a thread says that it waits on the database: from asking the pool for a connection until it
 * gives it back. A pool of threads whose work is mostly elsewhere (the answer workers, bounded for
 * the CPU their answers need) {@linkplain #listen listens} on its threads and lets another thread
 * run while one waits, so that a database that is slow or away holds back only the answers that
 * need it.
 */
public final class StoreWaits {
  /** Told when the thread it listens on starts and ends waiting on the database. */
  public interface Listener {
    void waiting();

    void done();
  }

  private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private StoreWaits() {}

  /** {@code listener} is told of this thread's waits until {@link #stopListening}. */
  public static void listen(Listener listener) {
    LISTENER.set(listener);
  }

  public static void stopListening() {
    LISTENER.remove();
    DEPTH.remove();
  }

  /** This thread starts waiting (a connection asked for); nested waits count once. */
  static void started() {
    Listener listener = LISTENER.get();
    if (listener != null && DEPTH.get()[0]++ == 0) {
      listener.waiting();
    }
  }

  /** This thread's wait is over (the connection given back, or none came). */
  static void ended() {
    Listener listener = LISTENER.get();
    if (listener != null && DEPTH.get()[0] > 0 && --DEPTH.get()[0] == 0) {
      listener.done();
    }
  }
}
