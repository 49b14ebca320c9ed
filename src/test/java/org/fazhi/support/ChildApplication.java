package org.fazhi.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The real application in a JVM of its own (the test's class path), on a database of the
 * test server and a data directory of its own, for tests that kill, restart or restore
 * it. Its output goes to {@code target/<name>.log}.
 */
public final class ChildApplication implements AutoCloseable {

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ChildApplication(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * @param server the test's own data source, whose server, user and password are used
	 * @param database the database on that server
	 */
	public static ChildApplication start(String name, HikariDataSource server, String database, Path dataDir, int port,
			String... args) throws IOException {
		String url = server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		List<String> command = new ArrayList<>(
				List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
						// A child is started, used for seconds and killed: the quick
						// compiler
						// and the simplest collector start it about a third faster.
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						"org.fazhi.FazhiApplication", "--server.port=" + port, "--spring.datasource.url=" + url,
						"--spring.datasource.username=" + server.getUsername(),
						"--spring.datasource.password=" + server.getPassword(), "--fazhi.data-dir=" + dataDir,
						"--fazhi.public-url=http://localhost:" + port, "--spring.main.banner-mode=off"));
		command.addAll(List.of(args));
		Path log = Path.of("target", name + ".log");
		Files.createDirectories(log.getParent());
		return new ChildApplication(
				new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), port);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public int port() {
		return this.port;
	}

	/**
	 * Waits until readiness answers 200 and its body (as {@code username}, for the
	 * details; {@code null} for none) satisfies {@code condition}.
	 */
	public void awaitReady(String username, String password, Predicate<String> condition) throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited; see its log under target/");
			}
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(uri("/actuator/health/readiness"));
				if (username != null) {
					request.header("Authorization", basic(username, password));
				}
				HttpResponse<String> ready = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200 && condition.test(ready.body())) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The application did not become ready; see its log under target/");
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * SIGKILL: no shutdown hook, no graceful anything.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
