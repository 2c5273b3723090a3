package org.briefbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefbot.app.eval.RougeScores;
import org.briefbot.app.eval.SummaryEvaluation;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.summary.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefbot eval summaries --data F.jsonl --out P.jsonl [--sentences N]}. */
@Command(
    name = "summaries",
    mixinStandardHelpOptions = true,
    description = {
      "Summarizes every story of a JSONL file ({\"id\",\"title\"?,\"text\",\"reference\"} a line), writes "
          + "{\"id\",\"summary\"} lines (one sentence a line in the summary), and prints ROUGE-1/2/L/Lsum F1 "
          + "of Briefbot and of Lead-N (the story's first N sentences) against the references, and the time taken."
    })
final class EvalSummariesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "F.jsonl",
      description = "Stories with reference summaries.")
  private Path data;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "P.jsonl",
      description = "Where to write the summaries.")
  private Path out;

  @Option(
      names = "--sentences",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Sentences a summary, and N of Lead-N (1-"
              + SentenceCount.MAX
              + "; default ${DEFAULT-VALUE}).")
  private int sentences;

  @Override
  public Integer call() {
    SentenceCount.check(spec, sentences);
    long started = System.nanoTime();
    NlpPipeline pipeline = NlpPipeline.shared();
    double modelSeconds = (System.nanoTime() - started) / 1e9;
    SummaryEvaluation.Report report =
        new SummaryEvaluation(pipeline, new Summarizer(), sentences).run(data, out);
    double seconds = (System.nanoTime() - started) / 1e9;

    PrintWriter console = spec.commandLine().getOut();
    console.printf(
        Locale.ROOT,
        "%s from %s, %d sentences each; summaries written to %s%n",
        stories(report.stories()),
        data,
        sentences,
        out);
    if (report.unreadable() > 0) {
      console.printf(
          Locale.ROOT,
          "%s could not be read (scored as empty summaries)%n",
          stories(report.unreadable()));
    }
    console.printf(
        Locale.ROOT,
        "%-10s %7s %7s %7s %7s   (ROUGE F1, %%)%n",
        "system",
        "R1",
        "R2",
        "RL",
        "RLsum");
    row(console, "briefbot", report.summarizer());
    row(console, "lead-" + sentences, report.lead());
    console.printf(
        Locale.ROOT,
        "time: %.1f s in all (models loaded in %.2f s); a story, text in to summary out: "
            + "median %.1f ms, 90th percentile %.1f ms%n",
        seconds,
        modelSeconds,
        report.medianMillis(),
        report.p90Millis());
    console.flush();
    return 0;
  }

  private static String stories(int count) {
    return count == 1 ? "1 story" : count + " stories";
  }

  private static void row(PrintWriter console, String system, RougeScores scores) {
    console.printf(
        Locale.ROOT,
        "%-10s %7.2f %7.2f %7.2f %7.2f%n",
        system,
        scores.rouge1().f1(),
        scores.rouge2().f1(),
        scores.rougeL().f1(),
        scores.rougeLsum().f1());
  }
}
