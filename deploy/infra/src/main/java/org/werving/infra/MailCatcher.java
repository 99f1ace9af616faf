package org.werving.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The local run's mail catcher: a real SMTP server (GreenMail) on loopback that accepts every
 * mail, and a plain-text page listing what it received, newest first.
 */
final class MailCatcher {
    private final GreenMail smtp;
    private final HttpServer web;

    MailCatcher(int smtpPort, int webPort) throws IOException {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.createContext("/", exchange -> {
            byte[] body = render().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    void start() {
        smtp.start();
        web.start();
    }

    void stop() {
        web.stop(0);
        smtp.stop();
    }

    private String render() {
        MimeMessage[] messages = smtp.getReceivedMessages();
        StringBuilder page = new StringBuilder(messages.length + " mail(s) received by the werving mail catcher\n\n");
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage message = messages[i];
            try {
                page.append("=== ").append(message.getSentDate()).append('\n')
                        .append("To: ").append(addresses(message.getAllRecipients())).append('\n')
                        .append("Subject: ").append(message.getSubject()).append("\n\n")
                        .append(GreenMailUtil.getBody(message)).append("\n\n");
            } catch (MessagingException e) {
                page.append("(unreadable mail: ").append(e.getMessage()).append(")\n\n");
            }
        }
        return page.toString();
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
