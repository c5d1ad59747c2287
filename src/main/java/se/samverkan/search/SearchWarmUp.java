package se.samverkan.search;

import org.springframework.stereotype.Component;

import se.samverkan.shared.WarmUp;

/** Plans the search's query texts at start-up. */
@Component
class SearchWarmUp implements WarmUp {

    private final SearchQueries search;

    SearchWarmUp(SearchQueries search) {
        this.search = search;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void warmUp() {
        search.search("warmup", null, 1);
    }
}
