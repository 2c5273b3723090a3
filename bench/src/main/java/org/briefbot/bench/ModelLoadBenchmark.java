package org.briefbot.bench;

import java.util.concurrent.TimeUnit;
import org.briefbot.core.nlp.NlpPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the OpenNLP models, cold: the models load once a process, so each measurement needs a
 * fresh JVM. Run with one single-shot iteration per fork and several forks, e.g. {@code java -jar
 * bench/target/benchmarks.jar ModelLoadBenchmark -f 5 -wi 0 -i 1}; with more iterations a fork
 * measures the already-loaded pipeline after its first.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ModelLoadBenchmark {

  @Benchmark
  public NlpPipeline loadModels() {
    return NlpPipeline.shared();
  }
}
