package org.werving.chassis.problem;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

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
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(type).setSetterInfo(noNullElements);
        }
        SimpleModule module = new SimpleModule("werving-strict-json");
        module.addDeserializer(String.class, BoundedValue.of(String.class, StringDeserializer.instance, StrictJson::clean,
                "a control character or a broken character"));
        module.addDeserializer(Double.class, finite(Double.class));
        module.addDeserializer(double.class, finite(double.class));
        module.setDeserializerModifier(new BoundedDates());
        mapper.registerModule(module);
    }

    @SuppressWarnings("unchecked")
    private static BoundedValue<Double> finite(Class<?> type) {
        JsonDeserializer<Double> reader = (JsonDeserializer<Double>) NumberDeserializers.find(type, type.getName());
        return BoundedValue.of(type, reader, Double::isFinite, "a number out of range");
    }

    /** True when the text holds no control character (tab, line feed and carriage return aside) and no lone surrogate. */
    public static boolean clean(String text) {
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

    public static boolean withinYears(Object temporal) {
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

    /** Wraps the date and time deserializers (of the Java time module) with the year bounds. */
    private static final class BoundedDates extends BeanDeserializerModifier {
        private static final Set<Class<?>> TEMPORALS = Set.of(LocalDate.class, LocalDateTime.class,
                OffsetDateTime.class, ZonedDateTime.class, Instant.class);

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return TEMPORALS.contains(description.getBeanClass())
                    ? BoundedValue.of(description.getBeanClass(), deserializer, StrictJson::withinYears,
                            "a date outside the years " + FIRST_YEAR + "-" + LAST_YEAR)
                    : deserializer;
        }
    }
}
