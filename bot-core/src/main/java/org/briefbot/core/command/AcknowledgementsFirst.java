package org.briefbot.slack;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Acknowledgements before answers. Slack shows the person an error when a request is not
 * acknowledged within 3 seconds, while an answer through its {@code response_url} may come minutes
 * later; so while requests are being acknowledged, an answer waits (a bounded time) before it
 * starts, and a burst of requests is acknowledged on cores the answers would otherwise share.
 */
final class AcknowledgementsFirst {
  private final Duration longestWait;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition quiet = lock.newCondition();
  private int acknowledging;

  /**
   * @param longestWait the longest an answer waits for acknowledgements, so that answers still go
   *     out, more slowly, under a load that never lets up
   */
  AcknowledgementsFirst(Duration longestWait) {
    this.longestWait = longestWait;
  }

  /** A request is being acknowledged; {@link #acknowledged()} must follow. */
  void acknowledging() {
    lock.lock();
    try {
      acknowledging++;
    } finally {
      lock.unlock();
    }
  }

  void acknowledged() {
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
  void awaitTurn() throws InterruptedException {
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
}
