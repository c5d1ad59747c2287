package se.samverkan.geography;

import java.util.List;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.entity.EntityRecord;

/** A place's codes and names by language, read from the properties already fetched with the place (no query). */
@Controller
class PlaceController {

    @SchemaMapping(typeName = "Place")
    List<PlaceCode> codes(EntityRecord place) {
        return PlaceProperties.codes(place.attributes());
    }

    @SchemaMapping(typeName = "Place")
    List<LocalizedName> localNames(EntityRecord place) {
        return PlaceProperties.localNames(place.attributes());
    }
}
