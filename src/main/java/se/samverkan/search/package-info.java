/** Fulltext search over names and aliases, and resolving a client's "id or name" to one entity. */
package se.samverkan.search;
