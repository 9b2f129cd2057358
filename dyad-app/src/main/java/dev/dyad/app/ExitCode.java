package dev.dyad.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every exit status of {@code dyad}, in one place: the commands return these, {@code dyad --help}
 * and each command's help list them, and the README and docs/contracts.md document them. The
 * numbers are a contract for scripts: a code may be added, never renumbered.
 */
// Declared in numeric order: the help lists them so.
enum ExitCode {
  OK(0, "all good"),
  INPUT_FAILED(1, "some inputs failed; each is named, the rest were processed"),
  USAGE(2, "usage error: bad options or arguments; nothing was done"),
  STORE(3, "store error: the store cannot be opened, read or written"),
  INTERNAL(70, "internal error (a bug, or out of memory); DYAD_DEBUG=1 shows why"),
  IO(74, "a file or standard output cannot be read or written");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  String meaning() {
    return meaning;
  }

  /**
   * The list picocli prints under "Exit codes:" in every help (one line each, in numeric order).
   */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode e : values()) {
      list.put(Integer.toString(e.code), e.meaning);
    }
    return list;
  }
}
