package org.werving.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options a checkout's local run gives its services (deploy/local/run.sh, the java line that
 * starts quarkus-run.jar), so that ready time and RSS are measured with each revision's own settings.
 * Shell variables defined in run.sh itself are resolved (a {@code ${X:-default}} takes its default); ROOT, HERE
 * and the service's name (name, s) are the checkout's, as run.sh would set them.
 */
final class JvmOptions {
    static final List<String> FALLBACK = List.of("-Xmx256m");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}?");

    private JvmOptions() {
    }

    static List<String> of(Path root, String service, String override) {
        if (override != null) {
            return split(override);
        }
        Map<String, String> known = Map.of("ROOT", root.toString(), "HERE", root.resolve("deploy/local").toString(),
                "name", service, "s", service);
        Path runSh = root.resolve("deploy/local/run.sh");
        try {
            List<String> lines = Files.readAllLines(runSh);
            for (String line : lines) {
                int java = line.indexOf("java ");
                int jar = line.indexOf(" -jar ");
                if (java >= 0 && jar > java && line.contains("quarkus-run.jar")) {
                    return split(resolve(line.substring(java + 5, jar), lines, known, 0));
                }
            }
        } catch (IOException e) {
            // no local run in that checkout
        }
        return FALLBACK;
    }

    private static String resolve(String text, List<String> lines, Map<String, String> known, int depth) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = known.containsKey(m.group(1)) ? known.get(m.group(1))
                    : depth > 3 ? "" : definition(m.group(1), lines);
            if (value == null) {
                value = m.group(2) == null ? "" : m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(value, lines, known, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String definition(String name, List<String> lines) {
        Pattern assignment = Pattern.compile("^\\s*(?:export\\s+)?" + name + "=(.*)$");
        for (String line : lines) {
            Matcher m = assignment.matcher(line);
            if (m.matches()) {
                return unquote(m.group(1).trim());
            }
        }
        return null;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static List<String> split(String options) {
        List<String> result = new ArrayList<>();
        Arrays.stream(options.replace("\"", "").trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(result::add);
        return result.isEmpty() ? FALLBACK : result;
    }
}
