/** Curation: authorised writes (mutations, bulk import, merge) with validation and provenance, and full export. */
package se.samverkan.curation;
