package dev.dyad.core.clean;

import dev.dyad.core.SharedCorpus;
import org.junit.jupiter.api.Test;

class SeedDump {
  @Test
  void dump() {
    for (String id : new String[] {"000", "001", "002", "003", "004"}) {
      PlainTextSteps steps = PlainTextSteps.run(PlainTextSteps.read(SharedCorpus.seed(id)));
      System.out.println("=== " + id + " title=" + steps.title() + " warnings=" + steps.warnings());
      steps.blocks().forEach(b -> System.out.println(b.kind() + " | " + b.text()));
    }
  }
}
