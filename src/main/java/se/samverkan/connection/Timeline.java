package se.samverkan.connection;

import java.util.List;

/** The first items of a timeline in date order, and how many there are in all. */
record Timeline(List<TimelineItem> items, int totalCount) {
}
