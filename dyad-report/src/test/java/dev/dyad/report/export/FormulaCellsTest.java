package dev.dyad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class FormulaCellsTest {
  @Test
  void aCellStartingAFormulaGetsALeadingApostrophe() {
    assertThat(FormulaCells.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(FormulaCells.neutralise("+1+1")).isEqualTo("'+1+1");
    assertThat(FormulaCells.neutralise("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
    assertThat(FormulaCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(FormulaCells.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(FormulaCells.neutralise("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void plainNumbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(FormulaCells.neutralise("-3.5")).isEqualTo("-3.5");
    assertThat(FormulaCells.neutralise("+10")).isEqualTo("+10");
    assertThat(FormulaCells.neutralise("-1.0E-4")).isEqualTo("-1.0E-4");
    assertThat(FormulaCells.neutralise("a=b")).isEqualTo("a=b");
    assertThat(FormulaCells.neutralise("")).isEmpty();
  }

  @Property(tries = 1000)
  void noCellLeftCanStartAFormulaUnlessItIsANumber(
      @ForAll @Chars({'=', '+', '-', '@', '\t', '\r', '1', '.', 'e', 'a', ' '}) String cell) {
    String safe = FormulaCells.neutralise(cell);

    boolean number = cell.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      assertThat(number).as(safe).isTrue();
    }
    // Nothing is lost: the apostrophe is the only change.
    assertThat(safe.equals(cell) || safe.equals("'" + cell)).isTrue();
  }
}
