/** Saved, parameterised report queries ({@code cypher/reports/*.cypher}) run and exported as CSV, JSON, HTML and from the command line. */
package se.samverkan.report;
