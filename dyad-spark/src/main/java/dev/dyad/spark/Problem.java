package dev.dyad.spark;

import dev.dyad.core.model.DataError;
import java.io.Serializable;

/**
 * A data error met on an executor or the driver, carried back to be counted and kept: the fields of
 * {@link DataError}, the code by name.
 */
record Problem(String code, String where, String message) implements Serializable {
  static Problem of(DataError e) {
    return new Problem(e.code().name(), e.where(), e.message());
  }

  /** One line for a person, as the other commands print a data error. */
  @Override
  public String toString() {
    return where + ": " + message + " [" + code + "]";
  }
}
