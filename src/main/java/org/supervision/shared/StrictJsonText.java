package org.supervision.shared;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The product's API reads a text field only from JSON text and a whole number only from a
 * whole number: by default Jackson turns {@code 42} or {@code true} into the text "42" or
 * "true" and {@code 2027.5} into 2027, so a client's mistake would be stored or acted on.
 * (Camunda's REST API has its own JSON settings and is not affected.)
 */
@Configuration
class StrictJsonText {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noCoercionOfMistakes() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }
}
