package org.briefbot.core.quotes;

import java.util.List;

/**
 * A statement without a speaker of its own among the story's statements in order: what a carry-over
 * sieve reads.
 *
 * @param index where the statement stands in {@code statements}
 * @param statements every statement, sorted by position, speakers carried so far included
 */
record Neighbours(int index, List<Statement> statements) {
  Statement statement() {
    return statements.get(index);
  }
}
