package se.samverkan.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the time a request body may take ({@link RequestBodyProperties}). Tomcat reads a body on the
 * request's thread, and its {@code connection-timeout} bounds each wait for data, not the whole: connections
 * that each trickle a byte every couple of seconds held every thread, and normal queries waited behind them.
 * A read past the deadline fails, the request is answered 400, and Tomcat closes the connection rather than
 * drain the rest ({@code server.tomcat.max-swallow-size}). Multipart uploads ({@code POST /import}, a
 * curator's files of up to hundreds of megabytes) are left to the connection timeout.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyDeadline extends OncePerRequestFilter {

    private final long timeoutNanos;
    private final long minRate;

    RequestBodyDeadline(RequestBodyProperties properties) {
        this.timeoutNanos = properties.timeout().toNanos();
        this.minRate = properties.minRate().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Deadlined(request, System.nanoTime()), response);
    }

    private final class Deadlined extends HttpServletRequestWrapper {

        private final long start;
        private ServletInputStream stream;

        Deadlined(HttpServletRequest request, long start) {
            super(request);
            this.start = start;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new DeadlinedStream(super.getInputStream(), start);
            }
            return stream;
        }
    }

    private final class DeadlinedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long start;
        private long received;

        DeadlinedStream(ServletInputStream in, long start) {
            this.in = in;
            this.start = start;
        }

        @Override
        public int read() throws IOException {
            check();
            int b = in.read();
            if (b >= 0) {
                received++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                received += n;
            }
            return n;
        }

        private void check() throws IOException {
            long allowed = timeoutNanos + (minRate > 0 ? received * 1_000_000_000L / minRate : 0);
            if (System.nanoTime() - start > allowed) {
                throw new RequestBodyTimeoutException("The request body did not arrive in time: " + received
                        + " bytes after " + (System.nanoTime() - start) / 1_000_000 + " ms (samverkan.http.body.timeout)");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A body that came too slowly; an I/O failure to whoever reads it, like a connection that broke. */
    static final class RequestBodyTimeoutException extends IOException {
        RequestBodyTimeoutException(String message) {
            super(message);
        }
    }
}
