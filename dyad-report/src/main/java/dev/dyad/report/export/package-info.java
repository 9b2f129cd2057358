/**
 * Export writers: pure functions from in-memory events, claims and assessments to files other tools
 * read (CSV, the GDELT 2.0 event table, GraphML and GEXF networks). Nothing here touches the
 * database; callers stream records in and own the {@link java.io.Writer}.
 *
 * <p>Every writer writes UTF-8 text when the caller's writer is UTF-8; the XML writers declare
 * UTF-8, so give them a UTF-8 writer.
 */
package dev.dyad.report.export;
