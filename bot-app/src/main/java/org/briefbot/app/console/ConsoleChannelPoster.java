package org.briefbot.app.console;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/**
 * The console's way of posting unprompted (a digest, a feed alert): it prints, between rules. A
 * post with a key is printed once a process: the console remembers the keys it printed, and knows
 * that a console started afterwards never showed them.
 */
public final class ConsoleChannelPoster implements ChannelPoster {
  private final ConsoleRenderer renderer;
  private final PrintStream out;
  private final AtomicLong posts = new AtomicLong();
  private final Map<String, String> printedByKey = new ConcurrentHashMap<>();

  public ConsoleChannelPoster(ConsoleRenderer renderer, PrintStream out) {
    this.renderer = renderer;
    this.out = out;
  }

  @Override
  public Platform platform() {
    return Platform.CONSOLE;
  }

  @Override
  public Delivery post(Place place, Reply reply) {
    if (place.platform() != Platform.CONSOLE) {
      return new Delivery.Failed("The console cannot post to " + place.platform() + ".", true);
    }
    synchronized (out) {
      out.println();
      out.println("--- posted to #" + place.channelId() + " ---");
      out.print(renderer.render(reply));
      out.println("---");
      out.flush();
    }
    return new Delivery.Posted("console-" + posts.incrementAndGet());
  }

  @Override
  public Delivery post(Place place, Reply reply, PostKey key) {
    synchronized (printedByKey) {
      String printed = printedByKey.get(key.value());
      if (printed != null) {
        return new Delivery.Posted(printed);
      }
      Delivery delivery = post(place, reply);
      if (delivery instanceof Delivery.Posted posted) {
        printedByKey.put(key.value(), posted.messageId());
      }
      return delivery;
    }
  }

  @Override
  public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
    String printed = printedByKey.get(key.value());
    return printed != null ? new Earlier.Found(printed) : new Earlier.NoneRepeated();
  }
}
