package se.samverkan.listing;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.Page;

@Controller
class ListingController {

    private final ListingQueries listings;

    ListingController(ListingQueries listings) {
        this.listings = listings;
    }

    @QueryMapping
    Page<EntityRecord> organisations(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.ORGANISATION, filter, Page.checkFirst(first, 20), after);
    }

    @QueryMapping
    Page<EntityRecord> people(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.PERSON, filter, Page.checkFirst(first, 20), after);
    }

    @QueryMapping
    Page<EntityRecord> places(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.PLACE, filter, Page.checkFirst(first, 20), after);
    }

    @QueryMapping
    Page<EntityRecord> projects(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.PROJECT, filter, Page.checkFirst(first, 20), after);
    }

    @QueryMapping
    Page<EntityRecord> programmes(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.PROGRAMME, filter, Page.checkFirst(first, 20), after);
    }

    @QueryMapping
    Page<EntityRecord> agreements(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.AGREEMENT, filter, Page.checkFirst(first, 20), after);
    }

    @QueryMapping
    Page<EntityRecord> events(@Argument EntityFilter filter, @Argument Integer first, @Argument String after) {
        return listings.list(EntityType.EVENT, filter, Page.checkFirst(first, 20), after);
    }
}
