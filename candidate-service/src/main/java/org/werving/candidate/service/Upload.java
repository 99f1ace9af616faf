package org.werving.candidate.service;

/** An uploaded document as it arrived: which one it is, its name as the client gave it, and its content. */
public record Upload(String kind, String fileName, byte[] content) {
}
