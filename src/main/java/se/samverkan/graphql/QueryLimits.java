package se.samverkan.graphql;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.OperationDefinition;

/**
 * The deepest and the most complex GraphQL operation accepted, checked before it runs, with graphql-java's
 * measures and messages (depth: levels of fields; complexity: one per field but {@code __typename}).
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
    private final Set<OperationDefinition> withinLimits = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    QueryLimits(int maxDepth, int maxComplexity) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationDefinition operation = context.getOperationDefinition();
        if (withinLimits.contains(operation)) {
            return SimpleInstrumentationContext.noOp();
        }
        check(context);
        if (!hasDirective(context.getDocument())) {
            withinLimits.add(operation);
        }
        return SimpleInstrumentationContext.noOp();
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
            throw new AbortExecutionException(
                    "maximum query complexity exceeded " + complexity + " > " + maxComplexity);
        }
    }

    /** One walk for both measures; post-order, so a field's children are summed before the field. */
    private static final class Measure extends QueryVisitorStub {
        int depth;
        final Map<QueryVisitorFieldEnvironment, Integer> complexityOf = new HashMap<>();

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            int level = 1;
            for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                level++;
            }
            depth = Math.max(depth, level);
            int own = env.isTypeNameIntrospectionField() ? 0 : 1 + complexityOf.getOrDefault(env, 0);
            complexityOf.merge(env.getParentEnvironment(), own, Integer::sum);
        }
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
