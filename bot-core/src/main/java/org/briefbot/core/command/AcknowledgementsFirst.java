package org.briefbot.core.command;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Acknowledgements before answers. Slack and Discord show the person an error when a request is not
 * acknowledged within 3 seconds, while an answer may come minutes later; so while requests are
 * being acknowledged, an answer waits (a bounded time) before it starts, and a burst of requests is
 * acknowledged on cores the answers would otherwise share.
 */
public final class AcknowledgementsFirst {
  private final Duration longestWait;
  private final Consumer<Duration> timed;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition quiet = lock.newCondition();
  private int acknowledging;

  /** Answers wait at most a quarter of a second: too little to notice after "thinking…". */
  public AcknowledgementsFirst() {
    this(Duration.ofMillis(250), took -> {});
  }

  /**
   * @param timed told how long each acknowledgement took, from {@link #acknowledging()} to its
   *     {@link Acknowledgement#done()} (the operator's metrics)
   */
  public AcknowledgementsFirst(Consumer<Duration> timed) {
    this(Duration.ofMillis(250), timed);
  }

  /**
   * @param longestWait the longest an answer waits for acknowledgements, so that answers still go
   *     out, more slowly, under a load that never lets up
   */
  public AcknowledgementsFirst(Duration longestWait) {
    this(longestWait, took -> {});
  }

  private AcknowledgementsFirst(Duration longestWait, Consumer<Duration> timed) {
    this.longestWait = longestWait;
    this.timed = timed;
  }

  /** One acknowledgement under way; {@link #done()} when the platform has it, or it failed. */
  public final class Acknowledgement {
    private final long started = System.nanoTime();
    private final AtomicBoolean done = new AtomicBoolean();

    private Acknowledgement() {}

    /**
     * The acknowledgement went out (or could not): answers may go on. Once; later calls do nothing.
     */
    public void done() {
      if (done.compareAndSet(false, true)) {
        acknowledged();
        timed.accept(Duration.ofNanos(System.nanoTime() - started));
      }
    }
  }

  /** A request is being acknowledged; its {@link Acknowledgement#done()} must follow. */
  public Acknowledgement acknowledging() {
    lock.lock();
    try {
      acknowledging++;
    } finally {
      lock.unlock();
    }
    return new Acknowledgement();
  }

  private void acknowledged() {
    lock.lock();
    try {
      if (--acknowledging == 0) {
        quiet.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits until no request is being acknowledged, or the longest wait has passed. */
  public void awaitTurn() throws InterruptedException {
    long left = longestWait.toNanos();
    lock.lock();
    try {
      while (acknowledging > 0 && left > 0) {
        left = quiet.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Worker threads for answers, each answer waiting its turn before it starts ({@link
   * AnswerWorkers}).
   *
   * @param threadName the threads' names, numbered
   * @param queue where answers wait for a free thread; a bounded one makes {@code execute} refuse
   *     answers when it is full
   */
  public AnswerWorkers answerWorkers(
      String threadName, int threads, BlockingQueue<Runnable> queue) {
    return new AnswerWorkers(this, threadName, threads, queue);
  }
}
