package org.briefbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefbot.app.eval.DigestEvaluation;
import org.briefbot.app.eval.RougeScores;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.summary.ClusterSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code briefbot eval digest --data F.jsonl --out P.jsonl [--words N]}. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Summarizes every cluster of stories of a JSONL file ({\"id\",\"articles\":[…],\"reference\"} a line) as a "
          + "digest item's summary, writes {\"id\",\"summary\"} lines (one sentence a line, at most N words), and "
          + "prints ROUGE-1/2/L F1 of Briefbot and of the first three sentences of each article cut at N words."
    })
final class EvalDigestCommand implements Callable<Integer> {
  static final int MAX_WORDS = 5000;

  @Spec private CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "F.jsonl",
      description = "Clusters with reference summaries.")
  private Path data;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "P.jsonl",
      description = "Where to write the summaries.")
  private Path out;

  @Option(
      names = "--words",
      paramLabel = "N",
      defaultValue = "250",
      description = "Words a summary at most (1-" + MAX_WORDS + "; default ${DEFAULT-VALUE}).")
  private int words;

  @Override
  public Integer call() {
    if (words < 1 || words > MAX_WORDS) {
      throw new ParameterException(
          spec.commandLine(),
          "--words must be between 1 and " + MAX_WORDS + ", not " + words + ".");
    }
    NlpPipeline pipeline = NlpPipeline.shared();
    DigestEvaluation.Report report =
        new DigestEvaluation(pipeline, new ClusterSummarizer(), words).run(data, out);

    PrintWriter console = spec.commandLine().getOut();
    console.printf(
        Locale.ROOT,
        "%s from %s, at most %d words each; summaries written to %s%n",
        report.clusters() == 1 ? "1 cluster" : report.clusters() + " clusters",
        data,
        words,
        out);
    if (report.unreadableArticles() > 0) {
      console.printf(
          Locale.ROOT, "%d article(s) could not be read (left out)%n", report.unreadableArticles());
    }
    console.printf(Locale.ROOT, "%-10s %7s %7s %7s   (ROUGE F1, %%)%n", "system", "R1", "R2", "RL");
    row(console, "briefbot", report.summarizer());
    row(console, "first-" + DigestEvaluation.BASELINE_SENTENCES, report.baseline());
    console.printf(
        Locale.ROOT,
        "time: %.1f ms a cluster, texts in to summary out%n",
        report.millisPerCluster());
    console.flush();
    return 0;
  }

  private static void row(PrintWriter console, String system, RougeScores scores) {
    console.printf(
        Locale.ROOT,
        "%-10s %7.2f %7.2f %7.2f%n",
        system,
        scores.rouge1().f1(),
        scores.rouge2().f1(),
        scores.rougeL().f1());
  }
}
