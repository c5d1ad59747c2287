package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Value;

import se.samverkan.SamverkanIntegrationTest;

/**
 * A refused upload is answered from its headers: the client announces 100 MB, sends a few bytes and the
 * refusal arrives anyway. Read timeouts (and the test timeout, for a blocked write) only keep a failing
 * test from hanging; nothing here measures time.
 */
@SamverkanIntegrationTest
class UploadRefusedBeforeItsBodyTest {

    static final long ANNOUNCED = 100L * 1024 * 1024;
    static final String BOUNDARY = "----samverkan-test";

    @Value("${local.server.port}")
    int port;

    record Response(int status, String head, String body) {
    }

    @Test
    void uploadWithoutTokenIsUnauthorizedBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = startUpload(null, false)) {
            Response response = read(socket.getInputStream());
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.head()).containsIgnoringCase("WWW-Authenticate: Bearer");
            assertThat(response.body()).contains("\"error\":\"Unauthorized\"").contains(CuratorToken.MISSING);
        }
    }

    @Test
    void uploadWithWrongTokenIsForbiddenBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = startUpload("Bearer not-the-curator-token", false)) {
            Response response = read(socket.getInputStream());
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).contains("\"error\":\"Forbidden\"").contains(CuratorToken.WRONG);
        }
    }

    /**
     * A client that goes on sending after the refusal: Tomcat swallows at most maxSwallowSize (2 MB) of the rest
     * and then closes the connection, rather than reading the announced 100 MB.
     */
    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theConnectionIsClosedRatherThanTheRestOfTheBodySwallowed() throws IOException {
        long sent = 0;
        try (Socket socket = startUpload(null, false)) {
            assertThat(read(socket.getInputStream()).status()).isEqualTo(401);
            byte[] chunk = ("x".repeat(1023) + "\n").repeat(64).getBytes(StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            try {
                while (sent < ANNOUNCED) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            }
            catch (IOException closed) {
                // Broken pipe or reset: the server closed the connection.
            }
        }
        assertThat(sent).isLessThan(ANNOUNCED);
    }

    /**
     * A client that waits for 100 Continue before sending its body (curl does so for large uploads) is not
     * invited: it gets the 401, and the connection is closed without waiting for the body.
     */
    @Test
    void aClientExpectingContinueGetsTheRefusalInsteadAndTheConnectionCloses() throws IOException {
        try (Socket socket = startUpload(null, true)) {
            Response response = read(socket.getInputStream());
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.head()).containsIgnoringCase("Connection: close");
            assertThat(socket.getInputStream().read()).as("end of stream").isEqualTo(-1);
        }
    }

    /** Sends the headers of a 100 MB multipart upload and, unless it expects 100-continue, the start of its part. */
    Socket startUpload(String authorization, boolean expectContinue) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(60_000);
        String head = "POST /import HTTP/1.1\r\nHost: localhost\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + (expectContinue ? "Expect: 100-continue\r\n" : "")
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + "Content-Length: " + ANNOUNCED + "\r\n\r\n";
        String start = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nrecord,id,type,name\r\n";
        socket.getOutputStream().write((head + (expectContinue ? "" : start)).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** One HTTP/1.1 response: the head, then a body of Content-Length bytes or in chunks. */
    static Response read(InputStream in) throws IOException {
        String head = line(in);
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            head += "\r\n" + header;
        }
        int status = Integer.parseInt(head.split(" ")[1]);
        String lower = head.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (lower.contains("transfer-encoding: chunked")) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        }
        else if (lower.contains("content-length: ")) {
            int at = lower.indexOf("content-length: ") + "content-length: ".length();
            int end = lower.indexOf("\r\n", at);
            body.write(in.readNBytes(Integer.parseInt(lower.substring(at, end < 0 ? lower.length() : end).trim())));
        }
        return new Response(status, head, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            assertThat(b).as("the connection ended within the response").isNotNegative();
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
