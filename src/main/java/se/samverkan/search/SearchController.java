package se.samverkan.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.Page;

@Controller
class SearchController {

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<EntityRecord> search(@Argument String text, @Argument List<EntityType> types, @Argument Integer first) {
        return queries.search(text, types, Page.checkFirst(first, 20));
    }
}
