package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;

/**
 * A decision table cell that matches any value is written empty, as the Camunda Modeler writes
 * it (and shows it as "-"). Camunda's engine passes an empty cell without evaluating it, but
 * hands a literal {@code -} to the FEEL engine, which parses it and builds its context anew for
 * every rule at every evaluation: the two tables of a request took 3.4 ms with the dashes and
 * 1.0 ms without (docs/benchmarks.md, 2026-12-04, fourth round).
 */
class DecisionTableCellsTest {

  @Test
  void anyValueCellsAreEmptyNotADash() throws IOException {
    List<Path> tables = ModelContractsTest.files(Path.of("processes"), ".dmn");
    assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
    int cells = 0;
    List<String> dashes = new ArrayList<>();
    for (Path table : tables) {
      DmnModelInstance model = Dmn.readModelFromFile(table.toFile());
      for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
        cells++;
        String text = entry.getText() == null ? "" : entry.getText().getTextContent();
        if (text.trim().equals("-")) {
          dashes.add(table.getFileName() + ": " + entry.getId());
        }
      }
    }
    assertThat(cells).as("input cells read").isGreaterThan(200);
    assertThat(dashes).as("cells written as \"-\" instead of empty").isEmpty();
  }
}
