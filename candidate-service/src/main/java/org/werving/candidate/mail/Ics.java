package org.werving.candidate.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * An iCalendar (RFC 5545) invitation for a booked slot, attached to the interview invitation
 * ({@code afspraak.ics}). Times in UTC; the UID is stable per application and stage, so a
 * re-booking updates the same agenda item in the candidate's calendar and a cancellation
 * ({@code cancelled}: METHOD:CANCEL, STATUS:CANCELLED) removes it. SEQUENCE counts minutes since the
 * epoch at sending, so each later message about the same item supersedes the earlier ones.
 */
public record Ics(UUID applicationId, Integer stageOrder, String stageName, OffsetDateTime startsAt, int durationMinutes,
        String place, String meetingLink, boolean cancelled) {
    public Ics(UUID applicationId, Integer stageOrder, String stageName, OffsetDateTime startsAt, int durationMinutes,
            String place, String meetingLink) {
        this(applicationId, stageOrder, stageName, startsAt, durationMinutes, place, meetingLink, false);
    }

    /** The iTIP method, also the {@code method} parameter of the attachment's content type. */
    public String method() {
        return cancelled ? "CANCEL" : "REQUEST";
    }

    /** The method of a rendered calendar, as stored with the mail: CANCEL or REQUEST. */
    public static String methodOf(String rendered) {
        return rendered.contains("\r\nMETHOD:CANCEL\r\n") ? "CANCEL" : "REQUEST";
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The calendar text (CRLF line ends), summary "stage – vacancy". */
    public String render(String vacancyTitle, String organizer, OffsetDateTime now) {
        String stage = stageName == null || stageName.isBlank() ? "Selectieproef" : stageName;
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//werving//candidate-service//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method());
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + applicationId + "-" + (stageOrder == null ? "0" : stageOrder) + "@werving");
        line(ics, "DTSTAMP:" + utc(now));
        line(ics, "DTSTART:" + utc(startsAt));
        line(ics, "DTEND:" + utc(startsAt.plusMinutes(durationMinutes)));
        line(ics, "SUMMARY:" + text(stage + (vacancyTitle == null ? "" : " – " + vacancyTitle)));
        String location = place != null && !place.isBlank() ? place : meetingLink;
        if (location != null && !location.isBlank()) {
            line(ics, "LOCATION:" + text(location));
        }
        if (meetingLink != null && !meetingLink.isBlank()) {
            line(ics, "URL:" + meetingLink.strip());
        }
        line(ics, "DESCRIPTION:" + text("Je selectieproef " + stage + (vacancyTitle == null ? "" : " voor " + vacancyTitle)
                + (meetingLink == null || meetingLink.isBlank() ? "" : ". Link: " + meetingLink.strip())));
        if (organizer != null && !organizer.isBlank()) {
            line(ics, "ORGANIZER:mailto:" + organizer.strip());
        }
        line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(ics, "SEQUENCE:" + now.toEpochSecond() / 60);
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** TEXT value escaping of RFC 5545 (3.3.11). */
    static String text(String value) {
        return value.strip().replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Content lines are folded at 75 octets (RFC 5545 3.1), never inside a character; a continuation starts with a space. */
    private static void line(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
