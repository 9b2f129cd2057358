package dev.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the merge needs of a document besides its signature, assessments and events.
 *
 * @param month its partition
 */
record Head(Order order, String docId, String uri, LocalDate published, String month)
    implements Serializable {}
