package se.samverkan.graphql;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;

import se.samverkan.shared.RequestBudget;

/**
 * The deepest and the costliest GraphQL operation accepted, checked before it runs, with graphql-java's
 * measures and messages (depth: levels of fields; complexity: one unit per field, a field's {@code @cost(weight)}
 * from the schema where it runs a query of its own, nothing for {@code __typename}); and the database-time
 * {@link RequestBudget} of the operation, held for its data fetchers while they run.
 *
 * <p>graphql-java's {@code MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation}
 * each walk the whole operation on every request: 13 % of the request thread's samples of a {@code search}
 * in a JFR at {@code large}. Clients send the same few documents again and again, and {@link DocumentCache}
 * hands out the same parsed document for the same text; an operation without directives has the same
 * depth and complexity whatever its variables, so once it is found within the limits that is remembered for
 * that parsed operation (weakly: it goes when the cache lets the document go). An operation with directives
 * ({@code @include(if: $x)} can drop fields) is measured on every request, as before.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;
    private final Duration requestTimeout;
    private final Set<OperationDefinition> withinLimits = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    QueryLimits(int maxDepth, int maxComplexity, Duration requestTimeout) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationDefinition operation = context.getOperationDefinition();
        if (!withinLimits.contains(operation)) {
            check(context);
            if (!hasDirective(context.getDocument())) {
                withinLimits.add(operation);
            }
        }
        return budget(new RequestBudget(requestTimeout, System::nanoTime));
    }

    /**
     * The budget is the thread's from here until the operation is dispatched: with synchronous data fetchers
     * (all of them here, batch loaders included) every field has been fetched by then.
     */
    static InstrumentationContext<ExecutionResult> budget(RequestBudget budget) {
        budget.enter();
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                budget.leave();
            }

            @Override
            public void onCompleted(ExecutionResult result, Throwable t) {
                budget.leave();
            }
        };
    }

    /** Whether the verdict on this parsed operation is remembered (for tests). */
    boolean remembers(OperationDefinition operation) {
        return withinLimits.contains(operation);
    }

    private void check(ExecutionContext context) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build();
        Measure measure = new Measure();
        traverser.visitPostOrder(measure);
        if (measure.depth > maxDepth) {
            throw new AbortExecutionException("maximum query depth exceeded " + measure.depth + " > " + maxDepth);
        }
        int complexity = measure.complexityOf.getOrDefault(null, 0);
        if (complexity > maxComplexity) {
            String weighted = measure.weighted.entrySet().stream()
                    .map(e -> e.getValue() + " × " + e.getKey().getName() + " at " + weight(e.getKey()))
                    .collect(Collectors.joining(", "));
            throw new AbortExecutionException("maximum query complexity exceeded " + complexity + " > " + maxComplexity
                    + " (samverkan.graphql.max-complexity; a field costs 1, one that runs a query of its own more"
                    + (weighted.isEmpty() ? "" : ": " + weighted)
                    + "); ask for fewer fields or aliases in one request");
        }
    }

    /** One walk for both measures; post-order, so a field's children are summed before the field. */
    private static final class Measure extends QueryVisitorStub {
        int depth;
        final Map<QueryVisitorFieldEnvironment, Integer> complexityOf = new HashMap<>();
        /** How often each field with a weight above 1 is asked for, in the order first met. */
        final Map<GraphQLFieldDefinition, Integer> weighted = new LinkedHashMap<>();

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            int level = 1;
            for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                level++;
            }
            depth = Math.max(depth, level);
            int weight = env.isTypeNameIntrospectionField() ? 0 : weight(env.getFieldDefinition());
            if (weight > 1) {
                weighted.merge(env.getFieldDefinition(), 1, Integer::sum);
            }
            int own = env.isTypeNameIntrospectionField() ? 0 : weight + complexityOf.getOrDefault(env, 0);
            complexityOf.merge(env.getParentEnvironment(), own, Integer::sum);
        }
    }

    /** A field's {@code @cost(weight: n)} from the schema, 1 where it declares none. */
    static int weight(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective cost = field.getAppliedDirective("cost");
        if (cost == null || cost.getArgument("weight") == null) {
            return 1;
        }
        Object weight = cost.getArgument("weight").getValue();
        return weight instanceof Number n ? n.intValue() : 1;
    }

    private static boolean hasDirective(Node<?> root) {
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof Directive) {
                return true;
            }
            for (Node<?> child : node.getChildren()) {
                pending.push(child);
            }
        }
        return false;
    }
}
