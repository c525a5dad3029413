package dev.chatwidget.testkit.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that writes exactly the bytes a test scripts (so it can truncate, stall or lie about
 * lengths), records every request, and counts connections. One thread per connection; keep-alive honoured.
 */
final class RawHttpServer implements AutoCloseable {

    /** Writes one response; may stall or close the socket. */
    @FunctionalInterface
    interface Responder {
        void respond(Request request, OutputStream out, Socket socket) throws IOException;
    }

    /** A request as it arrived. */
    record Request(String method, String target, List<String> headerLines, byte[] body) {
        List<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).trim()).toList();
        }
    }

    private final ServerSocket server;
    private final BlockingQueue<Responder> script = new LinkedBlockingQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Responder fallback = ok("");

    RawHttpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + pathAndQuery);
    }

    void next(Responder responder) {
        script.add(responder);
    }

    void always(Responder responder) {
        fallback = responder;
    }

    List<Request> requests() {
        return requests;
    }

    int connections() {
        return connections.get();
    }

    static Responder ok(String body) {
        return respond(200, List.of("Content-Type: application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    static Responder respond(int status, List<String> headers, byte[] body) {
        return (request, out, socket) -> {
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        };
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                sockets.add(socket);
                Thread worker = new Thread(() -> serve(socket), "raw-http-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                Responder responder = script.poll();
                (responder == null ? fallback : responder).respond(request, out, socket);
            }
        } catch (IOException | RuntimeException gone) {
            // The client went away or the responder closed the socket.
        }
    }

    private static Request read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            lines.add(line);
        }
        if (lines.isEmpty()) {
            return null;
        }
        String[] start = lines.get(0).split(" ");
        Request head = new Request(start[0], start[1], lines.subList(1, lines.size()), new byte[0]);
        int length = head.header("Content-Length").stream().findFirst().map(Integer::parseInt).orElse(0);
        return new Request(head.method(), head.target(), head.headerLines(), in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    /** The address of a listening socket that accepts nothing and whose backlog is full: a connect there hangs. */
    static InetSocketAddress unanswering(List<AutoCloseable> toClose) throws IOException {
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        toClose.add(full);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort());
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            toClose.add(filler);
            try {
                filler.connect(address, 100);
            } catch (IOException backlogFull) {
                return address;
            }
        }
        return address;
    }
}
