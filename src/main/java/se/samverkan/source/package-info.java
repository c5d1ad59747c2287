/** The source documents behind every fact, and the evidence fields that point at them. */
package se.samverkan.source;
