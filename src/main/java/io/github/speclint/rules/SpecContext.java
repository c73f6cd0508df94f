package io.github.speclint.rules;

import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.schema.LayerSchema;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/** One spec, the schema it is held to, and the match of its outline against that schema, made once for all rules. */
public final class SpecContext {

    private static final Function<SpecContext, OutlineMatch> OUTLINE =
            context -> OutlineMatcher.match(context.spec, context.schema);

    private final SpecDocument spec;
    private final LayerSchema schema;
    private final Layers layers;
    private final Map<Function<SpecContext, ?>, Object> derived = new IdentityHashMap<>(4);

    public SpecContext(SpecDocument spec, LayerSchema schema, Layers layers) {
        this.spec = spec;
        this.schema = schema;
        this.layers = layers;
    }

    public SpecDocument spec() {
        return spec;
    }

    public LayerSchema schema() {
        return schema;
    }

    /** Every layer of the run, for rules that read other layers' ids. */
    public Layers layers() {
        return layers;
    }

    /** The spec's sections matched against the template; computed on first use. */
    public OutlineMatch outline() {
        return derived(OUTLINE);
    }

    /**
     * What a helper computes from this spec for several rules (the template's table slots are read by five): made on
     * first use with that function, a constant of the helper, and handed to every later caller.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Function<SpecContext, T> computation) {
        Object known = derived.get(computation);
        if (known == null) {
            known = computation.apply(this);
            derived.put(computation, known);
        }
        return (T) known;
    }

    /** "the functional template" (or "the project's functional template"), for messages. */
    public String template() {
        return (schema.profile().builtIn() ? "the " : "the project's ") + schema.layer().folder() + " template";
    }
}
