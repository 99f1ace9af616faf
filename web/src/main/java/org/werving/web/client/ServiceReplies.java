package org.werving.web.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/** Reads the services' JSON answers into the web's own records (unknown fields ignored). */
public final class ServiceReplies {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ServiceReplies() {
    }

    public static <T> T read(Response response, Class<T> type) {
        return parse(body(response), type);
    }

    public static <T> List<T> readList(Response response, Class<T> type) {
        try {
            return JSON.readValue(body(response), JSON.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException e) {
            throw new ServiceUnavailableException("unreadable answer", e);
        }
    }

    /** The problem+json of an error answer, if it has one. */
    public static Optional<Candidates.Problem> problem(Response response) {
        try {
            String body = body(response);
            return body.isBlank() ? Optional.empty() : Optional.of(JSON.readValue(body, Candidates.Problem.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the service worded its answer in Dutch for a person to read ({@code Content-Language: nl}, as
     * candidate-service does on the candidate's endpoints): then its problem's detail and messages can be shown as they are.
     */
    public static boolean inDutch(Response response) {
        String language = response.getHeaderString("Content-Language");
        return language != null && language.trim().toLowerCase(java.util.Locale.ROOT).startsWith("nl");
    }

    public static String body(Response response) {
        return response.hasEntity() ? response.readEntity(String.class) : "";
    }

    public static <T> T parse(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new ServiceUnavailableException("unreadable answer", e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A service answered with something the web cannot show (5xx, unreadable): the page says "try again later". */
    public static final class ServiceUnavailableException extends RuntimeException {
        public ServiceUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }

        public ServiceUnavailableException(String message) {
            super(message);
        }
    }
}
