package io.github.ogiworkflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebappConfigControllerTest {

  @Test
  void replacesOnlyTheVendorWithTheAgencyName() {
    String config = "export default {\n  app: {\n    name: '待办任务',\n    vendor: '政府信息公开'\n  },\n  // vendor: 'Company'\n};";

    String served = WebappConfigController.withVendor(config, "示范市市场监督管理局");

    assertThat(served)
        .contains("name: '待办任务'")
        .contains("vendor: '示范市市场监督管理局'")
        .doesNotContain("政府信息公开")
        .contains("// vendor: 'Company'");
  }

  @Test
  void escapesTheNameAsAJavaScriptString() {
    assertThat(WebappConfigController.jsString("O'Brien \\ </script>")).isEqualTo("'O\\'Brien \\\\ \\u003c/script>'");
  }
}
