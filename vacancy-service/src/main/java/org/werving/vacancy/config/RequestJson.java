package org.werving.vacancy.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.werving.chassis.problem.BoundedValue;
import org.werving.vacancy.model.InputBounds;

import java.math.BigDecimal;

/**
 * The JSON reader of request bodies (only: the database's JSON columns and the events keep the shared mapper):
 * the application's mapper, which already refuses what no service can store (the chassis' {@code StrictJson}:
 * control characters, broken surrogates, dates outside the years 1 to 9999, null elements in lists), plus what
 * is vacancy's own: a decimal number beyond {@link InputBounds} (its columns), and a fraction or an overflowing
 * number where a whole number belongs. Each is refused while the body is read, as a value of the wrong format, so
 * the answer is 400 problem+json naming the field (path included, e.g. {@code offer.salaryMin}) and nothing is
 * stored.
 */
@Provider
public class RequestJson implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        SimpleModule bounds = new SimpleModule("werving-vacancy-bounds");
        bounds.addDeserializer(BigDecimal.class, BoundedValue.of(BigDecimal.class,
                NumberDeserializers.BigDecimalDeserializer.instance, InputBounds::storableNumber, "a number within bounds"));
        this.mapper = application.copy().registerModule(bounds).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
