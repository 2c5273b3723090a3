package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AcknowledgementsFirstTest {

  @Test
  void anAnswerStartsAtOnceWhenNothingIsBeingAcknowledged() throws Exception {
    AcknowledgementsFirst acknowledgements = new AcknowledgementsFirst(Duration.ofHours(1));
    acknowledgements.acknowledging().done();

    CompletableFuture<Void> answer = startAnswer(acknowledgements);

    answer.get(10, TimeUnit.SECONDS);
  }

  @Test
  void anAnswerWaitsUntilTheLastRequestInProgressIsAcknowledged() throws Exception {
    AcknowledgementsFirst acknowledgements = new AcknowledgementsFirst(Duration.ofHours(1));
    AcknowledgementsFirst.Acknowledgement first = acknowledgements.acknowledging();
    AcknowledgementsFirst.Acknowledgement second = acknowledgements.acknowledging();
    Thread[] waiting = new Thread[1];
    CompletableFuture<Void> answer =
        CompletableFuture.runAsync(
            () -> {
              waiting[0] = Thread.currentThread();
              awaitTurn(acknowledgements);
            });
    awaitWaiting(waiting);

    first.done();
    first.done(); // a second word of the same acknowledgement counts once
    awaitWaiting(waiting);
    assertThat(answer).isNotDone();

    second.done();
    answer.get(10, TimeUnit.SECONDS);
  }

  @Test
  void anAnswerWaitsNoLongerThanTheLongestWait() throws Exception {
    AcknowledgementsFirst acknowledgements = new AcknowledgementsFirst(Duration.ofMillis(5));
    acknowledgements.acknowledging(); // and never acknowledged: a load that does not let up

    CompletableFuture<Void> answer = startAnswer(acknowledgements);

    answer.get(10, TimeUnit.SECONDS);
  }

  @Test
  void theAnswerWorkersStartAnAnswerOnlyOnceNothingIsBeingAcknowledged() throws Exception {
    AcknowledgementsFirst acknowledgements = new AcknowledgementsFirst(Duration.ofHours(1));
    ThreadPoolExecutor workers =
        acknowledgements.answerWorkers("answer", 1, new LinkedBlockingQueue<>());
    try {
      AcknowledgementsFirst.Acknowledgement request = acknowledgements.acknowledging();
      CountDownLatch answered = new CountDownLatch(1);
      Thread[] answeredOn = new Thread[1];
      workers.execute(
          () -> {
            answeredOn[0] = Thread.currentThread();
            answered.countDown();
          });

      assertThat(answered.await(200, TimeUnit.MILLISECONDS)).isFalse();
      request.done();
      assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(answeredOn[0].getName()).isEqualTo("answer-1");
      assertThat(answeredOn[0].isDaemon()).isTrue(); // never keeps a stopping JVM alive
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void eachAcknowledgementIsTimedOnceFromItsStartToItsEnd() throws Exception {
    java.util.List<Duration> timed = new java.util.concurrent.CopyOnWriteArrayList<>();
    AcknowledgementsFirst acknowledgements = new AcknowledgementsFirst(timed::add);
    AcknowledgementsFirst.Acknowledgement acknowledgement = acknowledgements.acknowledging();
    Thread.sleep(20);
    acknowledgement.done();
    acknowledgement.done();
    assertThat(timed).hasSize(1);
    assertThat(timed.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
  }

  private static CompletableFuture<Void> startAnswer(AcknowledgementsFirst acknowledgements) {
    return CompletableFuture.runAsync(() -> awaitTurn(acknowledgements));
  }

  private static void awaitTurn(AcknowledgementsFirst acknowledgements) {
    try {
      acknowledgements.awaitTurn();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Until the answer's thread is parked in its wait (it is not done before it is signalled). */
  private static void awaitWaiting(Thread[] waiting) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while ((waiting[0] == null || waiting[0].getState() != Thread.State.TIMED_WAITING)
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(waiting[0].getState()).isEqualTo(Thread.State.TIMED_WAITING);
  }
}
