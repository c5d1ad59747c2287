package se.samverkan.database;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A Bolt client written out byte by byte, as an attacker's script or a web page would speak it: the
 * handshake, a {@code HELLO} with scheme {@code none} (Bolt 5.0 carries the credentials in it) and a
 * {@code RUN}, over plain TCP or inside WebSocket frames after an HTTP upgrade from a foreign Origin. The
 * driver would refuse to send a RUN after a failed HELLO; this sends it anyway.
 */
final class BoltProbe implements AutoCloseable {

    enum Answer { SUCCESS, FAILURE, CLOSED, NOT_BOLT }

    record Outcome(String upgradeStatus, Answer hello, Answer run) {
    }

    private static final byte SUCCESS = 0x70;
    private static final byte FAILURE = 0x7F;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final boolean webSocket;

    private BoltProbe(Socket socket, boolean webSocket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.webSocket = webSocket;
    }

    /** Over plain TCP: handshake, HELLO without credentials, then {@code query}. */
    static Outcome overTcp(int port, String query) throws IOException {
        try (BoltProbe probe = new BoltProbe(connect(port), false)) {
            return probe.session("(tcp)", query);
        }
    }

    /** As a browser page would: an HTTP upgrade with {@code origin}, then Bolt inside WebSocket frames. */
    static Outcome overWebSocket(int port, String origin, String query) throws IOException {
        try (BoltProbe probe = new BoltProbe(connect(port), true)) {
            String status = probe.upgrade(port, origin);
            if (!status.contains(" 101 ")) {
                return new Outcome(status, Answer.NOT_BOLT, Answer.NOT_BOLT);
            }
            return probe.session(status, query);
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket("localhost", port);
        // a liveness bound for a server that neither answers nor closes, not a measurement
        socket.setSoTimeout(30_000);
        return socket;
    }

    private String upgrade(int port, String origin) throws IOException {
        String request = "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nOrigin: " + origin + "\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        return text.isEmpty() ? "(closed)" : text.lines().findFirst().orElse("");
    }

    private Outcome session(String upgradeStatus, String query) throws IOException {
        try {
            send(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            byte[] version = receive(4);
            if (version[3] != 5) {
                return new Outcome(upgradeStatus, Answer.NOT_BOLT, Answer.NOT_BOLT);
            }
        }
        catch (EOFException | SocketException e) {
            return new Outcome(upgradeStatus, Answer.CLOSED, Answer.CLOSED);
        }
        Answer hello = exchange(message((byte) 0x01, 1, map("user_agent", "probe/1.0", "scheme", "none")));
        Answer run = exchange(message((byte) 0x10, 3, string(query), new byte[] {(byte) 0xA0}, new byte[] {(byte) 0xA0}));
        return new Outcome(upgradeStatus, hello, run);
    }

    /** Sends one message and reads the first answer to it. */
    private Answer exchange(byte[] message) {
        try {
            ByteArrayOutputStream chunked = new ByteArrayOutputStream();
            chunked.write(message.length >> 8);
            chunked.write(message.length);
            chunked.write(message);
            chunked.write(0);
            chunked.write(0);
            send(chunked.toByteArray());
            byte[] size = receive(2);
            int length = ((size[0] & 0xFF) << 8) | (size[1] & 0xFF);
            byte[] answer = receive(length);
            receive(2);
            return answer.length > 1 && answer[1] == SUCCESS ? Answer.SUCCESS
                    : answer.length > 1 && answer[1] == FAILURE ? Answer.FAILURE : Answer.NOT_BOLT;
        }
        catch (IOException e) {
            return Answer.CLOSED;
        }
    }

    private static byte[] message(byte signature, int fields, byte[]... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xB0 | fields);
        bytes.write(signature);
        for (byte[] value : values) {
            bytes.writeBytes(value);
        }
        return bytes.toByteArray();
    }

    private static byte[] map(String... keysAndValues) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xA0 | keysAndValues.length / 2);
        for (String s : keysAndValues) {
            bytes.writeBytes(string(s));
        }
        return bytes.toByteArray();
    }

    private static byte[] string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (utf8.length < 16) {
            bytes.write(0x80 | utf8.length);
        }
        else {
            bytes.write(0xD0);
            bytes.write(utf8.length);
        }
        bytes.writeBytes(utf8);
        return bytes.toByteArray();
    }

    private void send(byte[] payload) throws IOException {
        if (!webSocket) {
            out.write(payload);
            out.flush();
            return;
        }
        // one masked binary frame, as every client frame must be
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x82);
        frame.write(0x80 | payload.length);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int pendingRead;

    /** Exactly {@code n} bytes of the Bolt stream, unwrapped from WebSocket frames when needed. */
    private byte[] receive(int n) throws IOException {
        if (!webSocket) {
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            return bytes;
        }
        while (pending.size() - pendingRead < n) {
            readFrame();
        }
        byte[] all = pending.toByteArray();
        byte[] bytes = Arrays.copyOfRange(all, pendingRead, pendingRead + n);
        pendingRead += n;
        return bytes;
    }

    private void readFrame() throws IOException {
        int opcode = in.readUnsignedByte() & 0x0F;
        int length = in.readUnsignedByte() & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        }
        else if (length == 127) {
            length = (int) in.readLong();
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        if (opcode == 0x8) {
            throw new EOFException("WebSocket closed by the server");
        }
        pending.writeBytes(payload);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
