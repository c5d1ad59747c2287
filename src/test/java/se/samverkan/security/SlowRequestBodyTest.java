package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import se.samverkan.SamverkanIntegrationTest;

/**
 * Many clients that each promise a large body and trickle it a byte at a time do not keep a normal query
 * from being answered, and the server closes their connections. Bounded: 250 loopback sockets, a writer
 * that stops by itself, and waits that only guard against hanging.
 */
@SamverkanIntegrationTest
class SlowRequestBodyTest {

    private static final int SLOW_CLIENTS = 250;
    /** Liveness bounds only: far above what the server needs, far below "never". */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Value("${local.server.port}")
    int port;

    @Test
    void aNormalSearchIsAnsweredWhileSlowBodiesTrickleInAndTheSlowConnectionsAreClosed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> trickle(slow, stop), "slow-body-writer");
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout((int) PATIENCE.toMillis());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            writer.setDaemon(true);
            writer.start();

            HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/graphql")).timeout(PATIENCE)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ search(text: \\\"Dalarna\\\") { id } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("place:dalarna");

            int closed = 0;
            for (Socket socket : slow) {
                if (closedByServer(socket)) {
                    closed++;
                }
            }
            assertThat(closed).isEqualTo(SLOW_CLIENTS);
        }
        finally {
            stop.set(true);
            writer.join(PATIENCE.toMillis());
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** A byte every two seconds to each socket still open, until told to stop or for at most the patience. */
    private static void trickle(List<Socket> sockets, AtomicBoolean stop) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        List<Socket> open = new ArrayList<>(sockets);
        while (!stop.get() && !open.isEmpty() && System.nanoTime() < end) {
            open.removeIf(socket -> {
                try {
                    socket.getOutputStream().write(' ');
                    socket.getOutputStream().flush();
                    return false;
                }
                catch (IOException e) {
                    return true;
                }
            });
            try {
                Thread.sleep(2_000);
            }
            catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Whether the server ends the connection (with or without an answer) rather than keep waiting for the body. */
    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // an error answer, then the end
            }
            return true;
        }
        catch (SocketTimeoutException e) {
            return false;
        }
        catch (IOException e) {
            // reset: closed too
            return true;
        }
    }
}
