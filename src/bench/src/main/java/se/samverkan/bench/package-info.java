/** Synthetic cooperation graphs of a chosen size and the benchmark that measures Samverkan on them. */
package se.samverkan.bench;
