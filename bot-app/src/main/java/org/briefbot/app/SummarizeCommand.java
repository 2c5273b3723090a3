package org.briefbot.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.summary.Summarizer;
import org.briefbot.core.summary.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot summarize [--sentences N] FILE|URL|-}: the story's summary, one sentence a line.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description =
        "Summarizes a news story: its most telling sentences, in the story's order, one a line.")
final class SummarizeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--sentences",
      paramLabel = "N",
      defaultValue = "3",
      description = "How many sentences (1-" + SentenceCount.MAX + "; default ${DEFAULT-VALUE}).")
  private int sentences;

  @Parameters(
      paramLabel = "FILE|URL|-",
      description = "The story: a text or HTML file, a web address, or - for standard input.")
  private String source;

  @Override
  public Integer call() {
    SentenceCount.check(spec, sentences);
    String story = StoryInput.read(source);
    Summary summary = new Summarizer().summarize(NlpPipeline.shared().analyze(story), sentences);
    PrintWriter out = spec.commandLine().getOut();
    summary.texts().forEach(out::println);
    out.flush();
    return 0;
  }
}
