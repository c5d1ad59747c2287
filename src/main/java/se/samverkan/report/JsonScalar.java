package se.samverkan.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code JSON} scalar: any JSON value, passed through as maps, lists and plain values. Small enough
 * to write here rather than add graphql-java-extended-scalars.
 */
@Component
class JsonScalar implements RuntimeWiringConfigurer {

    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("Any JSON value: object, list, string, number, boolean or null.")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    return literal(input, variables);
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return toLiteral(input);
                }
            })
            .build();

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(JSON);
    }

    static Object literal(Value<?> value, CoercedVariables variables) {
        if (value instanceof StringValue s) {
            return s.getValue();
        }
        if (value instanceof IntValue i) {
            BigInteger v = i.getValue();
            return v.bitLength() < 32 ? (Object) v.intValue() : (Object) v.longValueExact();
        }
        if (value instanceof FloatValue f) {
            return f.getValue().doubleValue();
        }
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof ArrayValue a) {
            List<Object> list = new ArrayList<>();
            a.getValues().forEach(v -> list.add(literal(v, variables)));
            return list;
        }
        if (value instanceof ObjectValue o) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (ObjectField field : o.getObjectFields()) {
                map.put(field.getName(), literal(field.getValue(), variables));
            }
            return map;
        }
        if (value instanceof VariableReference ref) {
            return variables.get(ref.getName());
        }
        throw new CoercingParseLiteralException("Not a JSON value: " + value);
    }

    static Value<?> toLiteral(Object input) {
        if (input == null) {
            return NullValue.of();
        }
        if (input instanceof String s) {
            return StringValue.of(s);
        }
        if (input instanceof Boolean b) {
            return BooleanValue.of(b);
        }
        if (input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
            return IntValue.of(Integer.parseInt(input.toString()));
        }
        if (input instanceof Number n) {
            return FloatValue.of(n.doubleValue());
        }
        if (input instanceof List<?> list) {
            return ArrayValue.newArrayValue().values(list.stream().<Value>map(JsonScalar::toLiteral).toList()).build();
        }
        if (input instanceof Map<?, ?> map) {
            ObjectValue.Builder object = ObjectValue.newObjectValue();
            map.forEach((k, v) -> object.objectField(new ObjectField(String.valueOf(k), toLiteral(v))));
            return object.build();
        }
        return StringValue.of(input.toString());
    }
}
