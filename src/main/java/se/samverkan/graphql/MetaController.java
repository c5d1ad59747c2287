package se.samverkan.graphql;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL {@code Query.version}: the build version, or "dev" when no build info is available. */
@Controller
public class MetaController {

    private final String version;

    public MetaController(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        this.version = build != null && build.getVersion() != null ? build.getVersion() : "dev";
    }

    @QueryMapping
    public String version() {
        return version;
    }
}
