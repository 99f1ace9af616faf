package org.werving.selection.service;

/** Who calls: the token subject, and whether they act as staff (hr/dashboard) or as a juror. */
public record Caller(String subject, boolean staff) {
}
