package org.briefbot.app.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Asks the operator's endpoint on loopback, as a probe or a scraper would. */
final class OpsHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpsHttp() {}

  static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return send(port, path, "GET");
  }

  static HttpResponse<String> send(int port, String path, String method)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The value of the Prometheus sample {@code name} whose labels include every {@code
   * label="value"} given, when the text has one.
   */
  static Optional<Double> sample(String scrape, String name, String... labels) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Arrays.stream(labels).allMatch(label -> labelsOf(line).contains(label)))
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }

  private static String labelsOf(String line) {
    int open = line.indexOf('{');
    return open < 0 ? "" : line.substring(open, line.indexOf('}') + 1);
  }
}
