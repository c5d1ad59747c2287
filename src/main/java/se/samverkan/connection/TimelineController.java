package se.samverkan.connection;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TimelineController {

    private final TimelineQueries queries;

    TimelineController(TimelineQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Timeline timeline(@Argument List<String> ids, @Argument Boolean within, @Argument Integer fromYear,
            @Argument Integer toYear, @Argument Integer first) {
        return queries.timeline(new TimelineQuery(ids, Boolean.TRUE.equals(within), fromYear, toYear,
                TimelineQuery.defaultFirst(first)));
    }
}
