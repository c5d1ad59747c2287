package se.samverkan.listing;

import org.springframework.stereotype.Component;

import se.samverkan.entity.EntityType;
import se.samverkan.shared.WarmUp;

/** Plans each type's listing page at start-up, and the organisations-in-a-place page (the explorer's "in Dalarna"). */
@Component
class ListingWarmUp implements WarmUp {

    private final ListingQueries listings;

    ListingWarmUp(ListingQueries listings) {
        this.listings = listings;
    }

    @Override
    public String name() {
        return "listings";
    }

    @Override
    public void warmUp() {
        for (EntityType type : EntityType.values()) {
            listings.list(type, EntityFilter.NONE, 1, null);
        }
        // Sweden is reference geography, always there; a store without it only misses this plan.
        listings.list(EntityType.ORGANISATION, new EntityFilter(null, null, "place:sweden", null, null), 1, null);
    }
}
