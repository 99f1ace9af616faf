package org.werving.chassis.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.util.function.Predicate;

/**
 * A JSON reader of one type that reads with the usual deserializer, then refuses a value outside its bounds as a
 * value of the wrong format: the answer is a 400 malformed-body problem naming the field ({@link ProblemMappers}).
 * {@link StrictJson} builds the bounds every service shares with it; a service adds its own (e.g. decimals tied to
 * its columns) the same way. A null is never refused here.
 */
public final class BoundedValue<T> extends StdDeserializer<T> implements ContextualDeserializer, ResolvableDeserializer {
    private final JsonDeserializer<? extends T> reader;
    private final Predicate<? super T> accepted;
    private final String refused;

    private BoundedValue(Class<?> type, JsonDeserializer<? extends T> reader, Predicate<? super T> accepted, String refused) {
        super(type);
        this.reader = reader;
        this.accepted = accepted;
        this.refused = refused;
    }

    /**
     * @param type    the type read (a primitive's class too)
     * @param reader  the usual deserializer of that type
     * @param refused what a refused value is, for the log ("a number out of range")
     */
    public static <T> BoundedValue<T> of(Class<?> type, JsonDeserializer<? extends T> reader, Predicate<? super T> accepted,
            String refused) {
        return new BoundedValue<>(type, reader, accepted, refused);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        T value = reader.deserialize(parser, context);
        if (value != null && !accepted.test(value)) {
            throw InvalidFormatException.from(parser, refused, value, handledType());
        }
        return value;
    }

    @Override
    public T getNullValue(DeserializationContext context) throws JsonMappingException {
        return reader.getNullValue(context);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        if (reader instanceof ContextualDeserializer contextual) {
            JsonDeserializer<? extends T> specific = (JsonDeserializer<? extends T>) contextual.createContextual(context, property);
            return specific == reader ? this : new BoundedValue<>(handledType(), specific, accepted, refused);
        }
        return this;
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        if (reader instanceof ResolvableDeserializer resolvable) {
            resolvable.resolve(context);
        }
    }
}
