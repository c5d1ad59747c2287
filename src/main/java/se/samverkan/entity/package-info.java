/** Entities of every type, their facts with evidence, and the GraphQL wiring shared by all features. */
package se.samverkan.entity;
