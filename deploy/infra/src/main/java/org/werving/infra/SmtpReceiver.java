package org.werving.infra;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A small, real SMTP server on loopback (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing,
 * RSET, NOOP, QUIT; AUTH PLAIN/LOGIN accepted with any credentials). Every accepted message goes
 * to the handler as raw bytes with its envelope recipients. It keeps nothing itself.
 */
final class SmtpReceiver {
    static final int MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
    private static final int MAX_LINE = 1_000_000;

    private final ServerSocket server;
    private final BiConsumer<byte[], List<String>> handler;
    private final ExecutorService sessions;
    private Thread acceptor;

    SmtpReceiver(int port, BiConsumer<byte[], List<String>> handler) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        AtomicInteger count = new AtomicInteger();
        this.sessions = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "smtp-session-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    int port() {
        return server.getLocalPort();
    }

    void start() {
        acceptor = new Thread(this::acceptLoop, "smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sessions.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sessions.execute(() -> session(socket));
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                System.err.println("[mail-catcher] accept failed: " + e.getMessage());
            }
        }
    }

    private void session(Socket socket) {
        try (socket) {
            socket.setSoTimeout(120_000);
            new Session(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream()).run();
        } catch (IOException e) {
            // client went away
        }
    }

    /** One SMTP conversation. */
    private final class Session {
        private final InputStream in;
        private final OutputStream out;
        private boolean mailFrom;
        private final List<String> recipients = new ArrayList<>();

        Session(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        void run() throws IOException {
            reply("220 werving-mail-catcher ESMTP");
            String line;
            while ((line = readLine()) != null) {
                if (!command(line)) {
                    return;
                }
            }
        }

        /** Answers one command; false after QUIT. */
        private boolean command(String line) throws IOException {
            String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> reply("250-werving-mail-catcher\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-AUTH PLAIN LOGIN\r\n"
                        + "250 SIZE " + MAX_MESSAGE_BYTES);
                case "HELO", "NOOP" -> reply("250 OK");
                case "MAIL" -> {
                    mailFrom = true;
                    recipients.clear();
                    reply("250 OK");
                }
                case "RCPT" -> rcpt(line);
                case "DATA" -> data();
                case "RSET" -> {
                    mailFrom = false;
                    recipients.clear();
                    reply("250 OK");
                }
                case "AUTH" -> auth(line);
                case "VRFY" -> reply("252 cannot verify, will accept");
                case "QUIT" -> {
                    reply("221 bye");
                    return false;
                }
                default -> reply("502 command not implemented");
            }
            return true;
        }

        private void rcpt(String line) throws IOException {
            if (!mailFrom) {
                reply("503 MAIL first");
                return;
            }
            int open = line.indexOf('<');
            int close = line.indexOf('>', open + 1);
            if (open < 0 || close < 0) {
                reply("501 syntax: RCPT TO:<address>");
                return;
            }
            recipients.add(line.substring(open + 1, close).trim());
            reply("250 OK");
        }

        private void auth(String line) throws IOException {
            String[] words = line.trim().split("\\s+");
            String mechanism = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
            if (mechanism.equals("PLAIN") && words.length == 2) {
                reply("334 ");
                readLine();
            } else if (mechanism.equals("LOGIN")) {
                if (words.length == 2) {
                    reply("334 VXNlcm5hbWU6");
                    readLine();
                }
                reply("334 UGFzc3dvcmQ6");
                readLine();
            } else if (!mechanism.equals("PLAIN")) {
                reply("504 mechanism not supported");
                return;
            }
            reply("235 authenticated");
        }

        private void data() throws IOException {
            if (recipients.isEmpty()) {
                reply("503 RCPT first");
                return;
            }
            reply("354 end data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            boolean tooLarge = false;
            byte[] line;
            while ((line = readRaw()) != null && !(line.length == 1 && line[0] == '.')) {
                int from = line.length > 0 && line[0] == '.' ? 1 : 0; // dot-unstuffing
                if (message.size() + line.length > MAX_MESSAGE_BYTES) {
                    tooLarge = true;
                } else if (!tooLarge) {
                    message.write(line, from, line.length - from);
                    message.write('\r');
                    message.write('\n');
                }
            }
            if (line == null) {
                throw new IOException("connection closed during DATA");
            }
            if (tooLarge) {
                reply("552 message larger than " + MAX_MESSAGE_BYTES + " bytes");
            } else {
                handler.accept(message.toByteArray(), List.copyOf(recipients));
                reply("250 OK");
            }
            mailFrom = false;
            recipients.clear();
        }

        private String readLine() throws IOException {
            byte[] raw = readRaw();
            return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
        }

        /** One line without its CRLF (or LF); null at end of stream. Overlong lines are cut. */
        private byte[] readRaw() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return java.util.Arrays.copyOf(bytes, length);
                }
                if (line.size() < MAX_LINE) {
                    line.write(b);
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
        }

        private void reply(String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
