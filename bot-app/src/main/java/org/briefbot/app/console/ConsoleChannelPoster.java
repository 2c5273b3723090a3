package org.briefbot.app.console;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/** The console's way of posting unprompted (a digest, a feed alert): it prints, between rules. */
public final class ConsoleChannelPoster implements ChannelPoster {
  private final ConsoleRenderer renderer;
  private final PrintStream out;
  private final AtomicLong posts = new AtomicLong();

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
}
