package org.briefbot.app.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.news.StoryAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The story analyser is made when the first story needs it, once, however many ask at the same
 * time.
 */
class AnalyzerLoadedOnFirstUseTest {
  private static final StoryAnalysis ANALYSIS =
      new StoryAnalysis("Ferry fares rise.", "eng", List.of(), List.of(), List.of());

  @Test
  void nothingLoadsUntilAStoryIsAnalysedThenItLoadsOnceForManyThreads() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch slowLoad = new CountDownLatch(1);
    NewsSetup.LoadedOnFirstUse analyzer =
        new NewsSetup.LoadedOnFirstUse(
            () -> {
              loads.incrementAndGet();
              try {
                slowLoad.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return text -> ANALYSIS;
            });
    assertThat(loads).hasValue(0);
    assertThat(analyzer.isLoaded()).isFalse();

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<StoryAnalysis>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(threads.submit(() -> analyzer.analyze("Ferry fares rise.")));
      }
      slowLoad.countDown();
      for (Future<StoryAnalysis> answer : answers) {
        assertThat(answer.get()).isSameAs(ANALYSIS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(loads).hasValue(1);
    assertThat(analyzer.isLoaded()).isTrue();
  }
}
