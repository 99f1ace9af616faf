package org.werving.candidate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free loopback port, for every test of this
 * service: the application's mailer delivers to it over SMTP.
 */
@QuarkusTestResource(SmtpTestResource.Lifecycle.class)
public class SmtpTestResource {
    public static volatile GreenMail smtp;

    public static class Lifecycle implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                    "quarkus.mailer.mock", "false");
        }

        @Override
        public void stop() {
            if (smtp != null) {
                smtp.stop();
            }
        }
    }
}
