/**
 * Domain values shared by every stage: documents as read and as cleaned, sentences, dates
 * (publication and event dates), where an event sits in its sentence, and the data errors that bad
 * input produces. All are immutable records; absent values are {@code Optional}.
 */
package dev.dyad.core.model;
