/** The embedded DuckDB store (schema, writes, queries, exports) arrives with the store issue. */
package dev.dyad.store;
