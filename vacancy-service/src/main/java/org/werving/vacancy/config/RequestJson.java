package org.werving.vacancy.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.werving.vacancy.model.InputBounds;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * The JSON reader of request bodies (only: the database's JSON columns and the events keep the shared mapper):
 * the application's mapper plus {@link InputBounds}. A string with a control character, a date outside the
 * years 1 to 9999, a decimal number beyond its bounds, a fraction or an overflowing number where a whole number
 * belongs, or a null element in a list is refused while the body
 * is read, as a value of the wrong format, so the answer is 400 problem+json naming the field (path included,
 * e.g. {@code stages[0].name}) and nothing is stored.
 */
@Provider
public class RequestJson implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        SimpleModule bounds = new SimpleModule("werving-input-bounds");
        bounds.addDeserializer(String.class, new Bounded<>(String.class, StringDeserializer.instance,
                InputBounds::cleanText, "text without control characters"));
        bounds.addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME,
                t -> InputBounds.storableYear(t.getYear()), "a date-time in the years 1 to 9999"));
        bounds.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                d -> InputBounds.storableYear(d.getYear()), "a date in the years 1 to 9999"));
        bounds.addDeserializer(BigDecimal.class, new Bounded<>(BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance,
                InputBounds::storableNumber, "a number within bounds"));
        this.mapper = application.copy().registerModule(bounds)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** Reads with the usual deserializer, then refuses a value outside the bounds. */
    static final class Bounded<T> extends StdDeserializer<T> implements ContextualDeserializer {
        private final JsonDeserializer<? extends T> reader;
        private final Predicate<T> accepted;
        private final String expected;

        Bounded(Class<T> type, JsonDeserializer<? extends T> reader, Predicate<T> accepted, String expected) {
            super(type);
            this.reader = reader;
            this.accepted = accepted;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = reader.deserialize(parser, context);
            if (value != null && !accepted.test(value)) {
                throw InvalidFormatException.from(parser, "expected " + expected, value, handledType());
            }
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            if (reader instanceof ContextualDeserializer contextual) {
                JsonDeserializer<? extends T> specific = (JsonDeserializer<? extends T>) contextual.createContextual(context, property);
                return new Bounded<>((Class<T>) handledType(), specific, accepted, expected);
            }
            return this;
        }
    }
}
