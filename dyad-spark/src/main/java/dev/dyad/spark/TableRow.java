package dev.dyad.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/** A row and the table it goes to, for stages that make rows of several tables at once. */
record TableRow(Tables table, Row row) implements Serializable {}
