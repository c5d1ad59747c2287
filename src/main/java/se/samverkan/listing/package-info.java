/** Researchers' listings of each entity type, filtered and keyset-paginated. */
package se.samverkan.listing;
