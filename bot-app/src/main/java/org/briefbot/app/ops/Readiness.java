package org.briefbot.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Whether Briefbot is ready to serve: every check holds. A platform's check is added when the
 * launcher starts that platform, so a process still connecting is not ready.
 */
public final class Readiness {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();

  public Readiness(List<ReadinessCheck> checks) {
    this.checks.addAll(checks);
  }

  public void add(ReadinessCheck check) {
    checks.add(check);
  }

  /** The checks run now, in the order they were added. */
  Report report() {
    return new Report(checks.stream().map(ReadinessCheck::run).toList());
  }

  /** The results of one round of checks. */
  record Report(List<ReadinessCheck.Result> results) {
    boolean ready() {
      return results.stream().allMatch(ReadinessCheck.Result::ok);
    }

    /**
     * {@code {"status":"ready"|"not ready","failed":[names],"checks":[{"name","ok","problem"?}]}}.
     */
    String json() {
      ObjectNode body = JSON.createObjectNode();
      body.put("status", ready() ? "ready" : "not ready");
      ArrayNode failed = body.putArray("failed");
      ArrayNode each = body.putArray("checks");
      for (ReadinessCheck.Result result : results) {
        ObjectNode check = each.addObject();
        check.put("name", result.name());
        check.put("ok", result.ok());
        result.problem().ifPresent(problem -> check.put("problem", problem));
        if (!result.ok()) {
          failed.add(result.name());
        }
      }
      return body.toString();
    }
  }
}
