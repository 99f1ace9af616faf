package org.werving.infra;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The mail catcher's two views of the same mails: a page for people and JSON for tests. */
final class MailViews {
    private MailViews() {
    }

    static String json(List<CaughtMail> mails, long received, int max, String to) {
        StringBuilder out = new StringBuilder(256 + mails.size() * 512);
        out.append("{\"received\":").append(received).append(",\"max\":").append(max)
                .append(",\"to\":").append(to == null ? "null" : quote(to))
                .append(",\"count\":").append(mails.size()).append(",\"mails\":[");
        for (int i = 0; i < mails.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            mail(out, mails.get(i));
        }
        return out.append("]}").toString();
    }

    private static void mail(StringBuilder out, CaughtMail m) {
        out.append("{\"id\":").append(m.id())
                .append(",\"receivedAt\":").append(quote(m.receivedAt().toString()))
                .append(",\"sentAt\":").append(m.sentAt() == null ? "null" : quote(m.sentAt().toString()))
                .append(",\"from\":").append(quote(m.from()))
                .append(",\"to\":[");
        for (int i = 0; i < m.to().size(); i++) {
            out.append(i > 0 ? "," : "").append(quote(m.to().get(i)));
        }
        out.append("],\"subject\":").append(quote(m.subject()))
                .append(",\"text\":").append(quote(m.text()))
                .append(",\"size\":").append(m.size())
                .append(",\"attachments\":[");
        for (int i = 0; i < m.attachments().size(); i++) {
            CaughtMail.Attachment a = m.attachments().get(i);
            out.append(i > 0 ? "," : "").append("{\"name\":").append(quote(a.name()))
                    .append(",\"contentType\":").append(quote(a.contentType()))
                    .append(",\"size\":").append(a.size()).append('}');
        }
        out.append("]}");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String html(List<CaughtMail> shown, int matching, long received, int max, String to) {
        StringBuilder page = new StringBuilder(4096 + shown.size() * 1024);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>werving mail catcher</title>")
                .append("<style>body{font-family:sans-serif;margin:1.5rem;max-width:60rem}")
                .append("article{border-top:1px solid #999;padding:.5rem 0}dl{display:grid;grid-template-columns:7rem 1fr;margin:0}")
                .append("dt{font-weight:bold}dd{margin:0}pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}</style>")
                .append("</head><body><h1>werving mail catcher</h1>")
                .append("<p>").append(received).append(" mail(s) received since start; the newest ").append(max)
                .append(" are kept, newest first. JSON: <a href=\"/api/mails\">/api/mails</a>.</p>")
                .append("<form method=\"get\" action=\"/\"><label for=\"to\">Recipient</label> ")
                .append("<input id=\"to\" name=\"to\" type=\"email\" value=\"").append(escape(to == null ? "" : to)).append("\"> ")
                .append("<button type=\"submit\">Filter</button> <a href=\"/\">all</a></form>");
        page.append("<p>Showing ").append(shown.size()).append(" of ").append(matching)
                .append(to == null || to.isBlank() ? "" : " for " + escape(to)).append(".</p>");
        for (CaughtMail m : shown) {
            article(page, m);
        }
        return page.append("</body></html>").toString();
    }

    private static void article(StringBuilder page, CaughtMail m) {
        page.append("<article><h2>").append(escape(m.subject())).append("</h2><dl>")
                .append("<dt>From</dt><dd>").append(escape(m.from())).append("</dd><dt>To</dt><dd>");
        for (int i = 0; i < m.to().size(); i++) {
            String address = m.to().get(i);
            page.append(i > 0 ? ", " : "").append("<a href=\"/?to=")
                    .append(escape(URLEncoder.encode(address, StandardCharsets.UTF_8))).append("\">")
                    .append(escape(address)).append("</a>");
        }
        page.append("</dd><dt>Date</dt><dd>").append(escape(date(m.sentAt() == null ? m.receivedAt() : m.sentAt())))
                .append("</dd>");
        if (!m.attachments().isEmpty()) {
            page.append("<dt>Attachments</dt><dd>");
            for (int i = 0; i < m.attachments().size(); i++) {
                CaughtMail.Attachment a = m.attachments().get(i);
                page.append(i > 0 ? ", " : "").append(escape(a.name())).append(" (").append(escape(a.contentType()))
                        .append(", ").append(a.size()).append(" bytes)");
            }
            page.append("</dd>");
        }
        page.append("</dl><pre>").append(escape(m.text())).append("</pre></article>");
    }

    private static String date(Instant instant) {
        return instant.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
