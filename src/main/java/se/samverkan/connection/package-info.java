/** "Who connects A to B?": region-aware paths between two entities, their carriers and evidence. */
package se.samverkan.connection;
