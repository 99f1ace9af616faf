package org.werving.chassis.problem;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Refuses, while reading JSON, the values no service can store and read back: strings with control
 * characters or broken surrogate pairs, numbers that overflow to infinity (1e400) or are not numbers,
 * dates outside the years 1–9999, and null elements in lists. Each is a 400 malformed-body problem that
 * names the field, through the same mapper as every other unreadable value; nothing reaches a service.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(type).setSetterInfo(noNullElements);
        }
        SimpleModule module = new SimpleModule("werving-strict-json");
        module.addDeserializer(String.class, new CleanString());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(double.class, new FiniteDouble(double.class));
        module.setDeserializerModifier(new BoundedDates());
        mapper.registerModule(module);
    }

    /** True when the text holds no control character (tab, line feed and carriage return aside) and no lone surrogate. */
    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean withinYears(Object temporal) {
        int year;
        if (temporal instanceof LocalDate d) {
            year = d.getYear();
        } else if (temporal instanceof OffsetDateTime t) {
            year = t.getYear();
        } else if (temporal instanceof ZonedDateTime t) {
            year = t.getYear();
        } else if (temporal instanceof LocalDateTime t) {
            year = t.getYear();
        } else if (temporal instanceof Instant i) {
            year = i.atOffset(ZoneOffset.UTC).getYear();
        } else {
            return true;
        }
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static final class CleanString extends StdDeserializer<String> {
        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && !clean(text)) {
                throw InvalidFormatException.from(p, "a control character or a broken character", text, String.class);
            }
            return text;
        }
    }

    private static final class FiniteDouble extends StdDeserializer<Double> {
        private final JsonDeserializer<?> delegate;

        FiniteDouble(Class<?> type) {
            super(type);
            this.delegate = NumberDeserializers.find(type, type.getName());
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = (Double) delegate.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(p, "a number out of range", value, Double.class);
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return (Double) delegate.getNullValue(ctxt);
        }
    }

    /** Wraps the date and time deserializers (of the Java time module) with the year bounds. */
    private static final class BoundedDates extends BeanDeserializerModifier {
        private static final Set<Class<?>> TEMPORALS = Set.of(LocalDate.class, LocalDateTime.class,
                OffsetDateTime.class, ZonedDateTime.class, Instant.class);

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return TEMPORALS.contains(description.getBeanClass())
                    ? new BoundedDate(description.getBeanClass(), deserializer) : deserializer;
        }
    }

    private static final class BoundedDate extends StdDeserializer<Object>
            implements ContextualDeserializer, ResolvableDeserializer {
        private final JsonDeserializer<?> delegate;

        BoundedDate(Class<?> type, JsonDeserializer<?> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = delegate.deserialize(p, ctxt);
            if (value != null && !withinYears(value)) {
                throw InvalidFormatException.from(p, "a date outside the years " + FIRST_YEAR + "-" + LAST_YEAR,
                        value, handledType());
            }
            return value;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                    ? c.createContextual(ctxt, property) : delegate;
            return contextual == delegate ? this : new BoundedDate(handledType(), contextual);
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (delegate instanceof ResolvableDeserializer r) {
                r.resolve(ctxt);
            }
        }
    }
}
