package org.werving.chassis.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Dates in a path, query or header parameter: ISO dates within the years 1–9999, like dates in a body
 * ({@link StrictJson}); anything else is a 400 that names the parameter. Without it a date such as
 * +999999999-12-31 reaches PostgreSQL, which stores another date that Java can no longer read back.
 */
@Provider
public class BoundedDateParams implements ParamConverterProvider {

    /** Thrown while a parameter is converted; the problem mappers answer its problem. */
    public static final class InvalidParameter extends BadRequestException {
        private final transient ProblemException problem;

        InvalidParameter(String name, String message) {
            this.problem = ProblemException.invalid(name, message);
        }

        public ProblemException problem() {
            return problem;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Bounded<>(name, LocalDate::parse, "a date (yyyy-mm-dd)");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Bounded<>(name, OffsetDateTime::parse, "a date and time with offset");
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }

    private record Bounded<T>(String name, Function<String, T> parse, String expected) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            T parsed;
            try {
                parsed = parse.apply(value.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidParameter(name, "is not " + expected);
            }
            if (!StrictJson.withinYears(parsed)) {
                throw new InvalidParameter(name, "lies outside the years " + StrictJson.FIRST_YEAR + "-" + StrictJson.LAST_YEAR);
            }
            return parsed;
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
