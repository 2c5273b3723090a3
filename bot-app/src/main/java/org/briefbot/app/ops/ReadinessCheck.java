package org.briefbot.app.ops;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One thing that must hold for Briefbot to be ready to serve, as {@code GET /health/ready} names
 * it.
 *
 * @param name a fixed word the operator sees ({@code database}, {@code search_index}, …)
 * @param problem empty when the check holds, else what is wrong in a few fixed words (never a
 *     secret, an address or a person's text)
 */
public record ReadinessCheck(String name, Supplier<Optional<String>> problem) {
  public ReadinessCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(problem, "problem");
  }

  /** The check's result now; a check that throws has failed, and says with what. */
  Result run() {
    try {
      return new Result(name, problem.get());
    } catch (RuntimeException failure) {
      return new Result(name, Optional.of("check failed: " + failure.getClass().getSimpleName()));
    }
  }

  /** A check's result. */
  record Result(String name, Optional<String> problem) {
    boolean ok() {
      return problem.isEmpty();
    }
  }
}
